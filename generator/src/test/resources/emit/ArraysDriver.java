package t.arrays;

import interop.InteropDriver;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Path;

/** Compiled with the generated t.arrays classes: Java writes, C checks; C fills, Java checks; bounds per dimension. */
@SuppressWarnings("restricted")
public final class ArraysDriver extends InteropDriver {
    public static String run(Path library) throws Throwable {
        ArraysDriver driver = new ArraysDriver();
        try (Arena arena = Arena.ofConfined()) {
            SymbolLookup lib = SymbolLookup.libraryLookup(library, arena);
            driver.grid(arena, lib);
            driver.rows(arena, lib);
            driver.packed(arena, lib);
            driver.palette(arena, lib);
            driver.bounds(arena);
        }
        return driver.problems();
    }

    private void grid(Arena arena, SymbolLookup lib) throws Throwable {
        Grid g = Grid.allocate(arena);
        for (int i = 0; i < Grid.CELL_LENGTH; i++) {
            for (int j = 0; j < Grid.CELL_LENGTH_1; j++) {
                g.cell(i, j, (short) (i * 10 + j - 7));
            }
        }
        for (int i = 0; i < Grid.REFS_LENGTH; i++) {
            for (int j = 0; j < Grid.REFS_LENGTH_1; j++) {
                g.refs(i, j).row(i).col(100 + j);
            }
        }
        for (int i = 0; i < Grid.CUBE_LENGTH; i++) {
            for (int j = 0; j < Grid.CUBE_LENGTH_1; j++) {
                for (int k = 0; k < Grid.CUBE_LENGTH_2; k++) {
                    g.cube(i, j, k, (i * 100 + j * 10 + k) & 0xFF);
                }
            }
        }
        g.be(1, 0, 0xCAFEBABEL).be(0, 1, 1L).tail(0xFFFFFFFFL);
        expect("check_grid mask", check(lib, "check_grid", g.segment()), 0);

        Grid f = Grid.allocate(arena);
        fill(lib, "fill_grid", f.segment());
        expect("cell[1][2]", f.cell(1, 2), (short) -32768);
        expect("cell[0][1]", f.cell(0, 1), (short) 32767);
        expect("cell[0][0]", f.cell(0, 0), (short) 0);
        expect("refs[1][0].row", f.refs(1, 0).row(), 65535);
        expect("refs[0][1].col", f.refs(0, 1).col(), 42);
        expect("cube[1][2][3]", f.cube(1, 2, 3), 255);
        expect("cube[0][1][2]", f.cube(0, 1, 2), 7);
        expect("be[1][1]", f.be(1, 1), 0x01020304L);
        expect("tail", f.tail(), 99L);
        String text = f.toString();
        for (String part : new String[] {"cell=[[0, 32767, 0], [0, 0, -32768]]",
                "refs=[[CellRef[row=0, col=0], CellRef[row=0, col=42]], [CellRef[row=65535, col=0], CellRef[row=0, col=0]]]",
                "be=[[0, 0], [0, 16909060]]", "tail=99"}) {
            if (!text.contains(part)) {
                problem("toString lacks " + part + ": " + text);
            }
        }
    }

    private void rows(Arena arena, SymbolLookup lib) throws Throwable {
        Rows r = Rows.allocate(arena, 2).count(2L);
        r.row(0, 0, 1).row(0, 2, 3).row(1, 0, 4).row(1, 2, 65535);
        expect("check_rows mask", check(lib, "check_rows", r.segment()), 0);
        expect("rows inner length", Rows.ROW_LENGTH_1, 3L);
    }

    private void packed(Arena arena, SymbolLookup lib) throws Throwable {
        PackedGrid p = PackedGrid.allocate(arena).tag(9);
        p.m(0, 0, 1L).m(0, 1, 2L).m(1, 0, 3L).m(1, 1, 0x80000000L);
        expect("check_packed_grid mask", check(lib, "check_packed_grid", p.segment()), 0);
        expect("packed read back", p.m(1, 1), 0x80000000L);
    }

    private void palette(Arena arena, SymbolLookup lib) throws Throwable {
        Palette p = Palette.allocate(arena).shades(0, Shade.SHADE_DARK).shades(1, Shade.SHADE_GLOSSY).shades(2, 5L)
                .pick(Shade.SHADE_LIGHT).rest(12345);
        expect("check_palette mask", check(lib, "check_palette", p.segment()), 0);
        Palette f = Palette.allocate(arena);
        fill(lib, "fill_palette", f.segment());
        expect("shadesEnum(0)", f.shadesEnum(0), java.util.Optional.empty());
        expect("shadesEnum(1)", f.shadesEnum(1), java.util.Optional.of(Shade.SHADE_LIGHT));
        expect("shades(2) raw", f.shades(2), 7L);
        expect("shadesEnum(2)", f.shadesEnum(2), java.util.Optional.empty());
        expect("pickEnum", f.pickEnum(), java.util.Optional.of(Shade.SHADE_GLOSSY));
    }

    private void bounds(Arena arena) {
        Grid g = Grid.allocate(arena);
        outside("cell[2][0]", () -> g.cell(2, 0), "grid.cell, dimension 0: index 2 is outside the range [0, 2)");
        outside("cell[0][3]", () -> g.cell(0, 3), "grid.cell, dimension 1: index 3 is outside the range [0, 3)");
        outside("cell[-1][0]", () -> g.cell(-1, 0, (short) 1), "grid.cell, dimension 0: index -1 is outside the range [0, 2)");
        outside("cube[1][2][4]", () -> g.cube(1, 2, 4), "grid.cube, dimension 2: index 4 is outside the range [0, 4)");
        outside("refs[0][2]", () -> g.refs(0, 2), "grid.refs, dimension 1: index 2 is outside the range [0, 2)");
        Rows r = Rows.allocate(arena, 1);
        outside("row[1][0]", () -> r.row(1, 0), "rows.row, dimension 0: index 1 is outside the range [0, 1)");
        try {
            g.cube(0, 0, 0, 256);
            problem("cube accepted 256");
        } catch (IllegalArgumentException e) {
            expect("cube range message", e.getMessage(), "grid.cube: 256 is outside the range [0, 255]");
        }
    }

    private void outside(String what, Runnable access, String message) {
        try {
            access.run();
            problem(what + ": no exception");
        } catch (IndexOutOfBoundsException e) {
            expect(what + " message", e.getMessage(), message);
        }
    }
}
