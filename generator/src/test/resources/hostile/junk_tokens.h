struct a { int x; };
@@@
