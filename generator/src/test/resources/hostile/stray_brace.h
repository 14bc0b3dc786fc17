struct a { int x; };
}
