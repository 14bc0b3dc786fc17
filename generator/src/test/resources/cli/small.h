/* A small header for the command-line tests. */
#ifndef SMALL_H
#define SMALL_H

#define SMALL_VERSION 3

/* A point with a tag. */
struct small_point {
	char tag;
	int x;
	long y;
};

enum small_color { SMALL_RED, SMALL_GREEN = 5 };

#endif
