package io.jbindgen.abi;

import static io.jbindgen.abi.UnitBuilder.field;
import static io.jbindgen.abi.UnitBuilder.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.RecordKind;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.target.Target;
import org.junit.jupiter.api.Test;

class IncrementalLayoutsTest {

    @Test
    void answersLikeLayoutsOnceEverythingIsAdded() {
        TranslationUnit unit = LayoutFixture.unit();
        Layouts all = Layouts.compute(unit, Target.I386, new Diagnostics());
        IncrementalLayouts inc = new IncrementalLayouts(Target.I386);
        for (Declaration d : unit.declarations()) {
            inc.add(d);
            if (d instanceof RecordDecl r) {
                assertThat(inc.sizeOf(r.type())).isEqualTo(all.sizeOf(r.type())).isPositive();
                assertThat(inc.alignOf(r.type())).isEqualTo(all.alignOf(r.type()));
            }
        }
        // gcc -m32: sizeof(struct lguest_vqconfig) == 12 (see LayoutsTest)
        assertThat(inc.sizeOf(new CType.Record(RecordKind.STRUCT, "struct lguest_vqconfig"))).isEqualTo(12);
    }

    @Test
    void aRecordDefinedLaterBecomesSizable() {
        UnitBuilder early = new UnitBuilder("t.h");
        CType.Record fwd = early.forward(RecordKind.STRUCT, "later");
        CType.Record holder = early.struct("holder", field("x", fwd));
        IncrementalLayouts inc = new IncrementalLayouts(Target.X86_64);
        early.build().declarations().forEach(inc::add);
        assertThat(inc.sizeOf(holder)).isEqualTo(-1);
        UnitBuilder late = new UnitBuilder("t.h");
        late.struct("later", field("a", scalar(ScalarKind.LONG)), field("b", scalar(ScalarKind.CHAR)));
        late.build().declarations().forEach(inc::add);
        assertThat(inc.sizeOf(holder)).isEqualTo(16);
    }
}
