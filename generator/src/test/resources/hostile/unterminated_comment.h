struct before { int x; };
/* this comment is never closed
struct after { int y; };
