#ifndef GUARD
#define GUARD
struct a { int x; };
