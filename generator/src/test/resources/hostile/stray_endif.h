struct a { int x; };
#endif
