package io.jbindgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.select.DeclarationKind;
import io.jbindgen.select.SelectionRule;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mojo constructed directly: parameter mapping, skip and validation, without running Maven. */
class GenerateMojoTest {

    @TempDir
    Path base;

    GenerateMojo mojo;

    @BeforeEach
    void mojo() throws IOException {
        MavenProject project = new MavenProject();
        project.setFile(base.resolve("pom.xml").toFile());
        mojo = new GenerateMojo();
        mojo.project = project;
        mojo.outputDirectory = base.resolve("target/generated-sources/jbindgen").toFile();
        mojo.buildDirectory = base.resolve("target").toFile();
        Files.createDirectories(base.resolve("src/main/c"));
        Files.writeString(base.resolve("src/main/c/a.h"), "int x;\n");
    }

    @Test
    void relativePathsResolveAgainstTheProjectDirectory() {
        mojo.headers = List.of(new File("src/main/c/a.h"));
        mojo.headerDirectory = new File("src/main/c");
        mojo.includeDirectories = List.of(new File("inc"), new File("/usr/include"));
        mojo.javaPackage = "p";
        mojo.defines = Map.of("A", "1");

        PluginSettings settings = mojo.settings();
        assertThat(settings.headers()).containsExactly(base.resolve("src/main/c/a.h"));
        assertThat(settings.headerDirectory()).isEqualTo(base.resolve("src/main/c"));
        assertThat(settings.includeDirectories()).containsExactly(base.resolve("inc"), Path.of("/usr/include"));
        assertThat(settings.target()).isEqualTo("x86_64");
        assertThat(settings.defines()).containsEntry("A", "1");
    }

    @Test
    void functionParametersBecomeTheFunctionOptions() {
        mojo.headers = List.of(new File("src/main/c/a.h"));
        mojo.libraries = List.of("libz.so.1");
        mojo.includeFunctions = List.of("get*");
        mojo.excludeFunctions = List.of("getwd");
        mojo.errnoFunctions = List.of("unistd.h:*");
        mojo.criticalFunctions = List.of("getpid");

        assertThat(mojo.settings().functions()).isEqualTo(new io.jbindgen.naming.FunctionOptions(List.of("libz.so.1"),
                List.of("get*"), List.of("getwd"), List.of("unistd.h:*"), List.of("getpid")));
    }

    @Test
    void selectionParametersBecomeTheSelectionRules() {
        mojo.headers = List.of(new File("src/main/c/a.h"));
        mojo.includeConstants = List.of("KVM_*");
        mojo.includeStructs = List.of("kvm_run");
        mojo.excludeTypedefs = List.of("u64");
        mojo.excludeEnums = List.of("kvm.h:*");

        assertThat(mojo.settings().selection()).containsExactly(
                SelectionRule.include(DeclarationKind.STRUCT, "kvm_run"),
                SelectionRule.include(DeclarationKind.CONSTANT, "KVM_*"),
                SelectionRule.exclude(DeclarationKind.ENUM, "kvm.h:*"),
                SelectionRule.exclude(DeclarationKind.TYPEDEF, "u64"));
    }

    @Test
    void skipRegistersAnExistingOutputDirectoryAndNothingElse() throws Exception {
        mojo.skip = true;
        mojo.execute();
        assertThat(mojo.project.getCompileSourceRoots()).isEmpty();

        Files.createDirectories(mojo.outputDirectory.toPath());
        mojo.execute();
        assertThat(mojo.project.getCompileSourceRoots()).containsExactly(mojo.outputDirectory.getPath());
        assertThat(base.resolve("target/jbindgen")).doesNotExist();
    }

    @Test
    void invalidConfigurationFailsBeforeAnythingIsWritten() {
        mojo.headers = List.of(new File("src/main/c/a.h"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("<javaPackage> is required (or list <outputs>)");
        assertThat(base.resolve("target")).doesNotExist();
    }
}
