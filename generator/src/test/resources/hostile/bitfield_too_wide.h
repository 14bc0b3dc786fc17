struct a { unsigned char f : 9; };
