struct a { char x[-1]; };
