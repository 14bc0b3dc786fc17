#!/usr/bin/env python3
"""Mutation check: plants deliberate faults in jbindgen's main code, one at a time, runs the gcc-oracle
test suite on each, and prints which tests kill each mutant. A mutant no test kills fails the run.

Works on a copy of the repository (the checkout is never touched):
    generator/mutation/run-mutants.py [MUTANT_NAME...]
Environment: JAVA_HOME (default the Temurin 25 JDK), MUTANT_WORKDIR (default a temporary folder).
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MAIN = "generator/src/main/java/io/jbindgen/"

# name -> (what the fault does, file, exact text, replacement)
MUTANTS = [
    ("drop-declarations", "the front end silently drops every declaration of the if_*.h headers",
     MAIN + "parse/ParseContext.java",
     "            return;\n        }\n        declarations.add(d);",
     "            return;\n        }\n        if (d.position().file().contains(\"/if_\")) {\n            return;\n        }\n"
     "        declarations.add(d);"),
    ("shift-offset", "every member after the first of a record is laid out one byte further",
     MAIN + "abi/RecordLayouter.java",
     "        return new Placed(new FieldLayout(field, offset, type.size() * 8, align), align);",
     "        return new Placed(new FieldLayout(field, offset == 0 ? offset : offset + 8, type.size() * 8, align), align);"),
    ("skip-macro-silently", "macros whose name ends in _MAX vanish: no value, no skip entry",
     MAIN + "parse/MacroValues.java",
     "        for (MacroSource m : macros) {\n",
     "        for (MacroSource m : macros) {\n            if (m.name().endsWith(\"_MAX\")) {\n                continue;\n            }\n"),
    ("unlisted-skips", "the layout JSON leaves out its skipped list",
     MAIN + "report/LayoutJson.java",
     "            if (s.position().file().equals(unit.mainFile())) {",
     "            if (false && s.position().file().equals(unit.mainFile())) {"),
    ("no-member-paths", "members of named members of anonymous type are not listed",
     MAIN + "report/MemberPaths.java",
     "            if (inner != null) {",
     "            if (inner != null && false) {"),
    ("drop-record-from-selection", "the report silently leaves out records whose tag starts with 'v'",
     MAIN + "report/ReportSelection.java",
     "                if (layout.isPresent() && c != null) {",
     "                if (layout.isPresent() && c != null && !c.startsWith(\"struct v\")) {"),
    ("drop-last-enumerator", "the last enumerator of an enum without a trailing comma is lost",
     MAIN + "parse/EnumParser.java",
     "        constants.add(new EnumConstant(name.text(), value.bits(), comment, name.reportPosition()));",
     "        if (!c.at(\"}\")) {\n            constants.add(new EnumConstant(name.text(), value.bits(), comment, name.reportPosition()));\n        }"),
    ("enum-size-int", "the JSON gives every enum the size of int",
     MAIN + "report/LayoutJson.java",
     "json.name(\"size\").value(layouts.sizeOf(e.type()))",
     "json.name(\"size\").value(4)"),
    ("typedef-attribute-lost", "attributes after the tag of a bodiless struct specifier are dropped",
     MAIN + "parse/TypeSpecifierParser.java",
     "                attrs.addAll(r.declarationAttributes());\n",
     ""),
    ("pointer-macro-valued", "pointer constants ((T *)0) are valued as unsigned long integers",
     MAIN + "parse/MacroValues.java",
     "        if (isPointerCast(tokens)) {",
     "        if (isPointerCast(tokens) && false) {"),
    ("wrong-macro-value", "hexadecimal macro values are off by one",
     MAIN + "parse/MacroValues.java",
     "        out.add(new MacroDecl.Integer(m.name(), value.bits(), value.type(), null, m.doc(), m.position()));\n"
     "        return null;\n    }\n\n    /** {@return whether {@code body} is one token",
     "        long bits = m.body().size() == 1 && m.body().getFirst().text().startsWith(\"0x\") ? value.bits() + 1\n"
     "                : value.bits();\n"
     "        out.add(new MacroDecl.Integer(m.name(), bits, value.type(), null, m.doc(), m.position()));\n"
     "        return null;\n    }\n\n    /** {@return whether {@code body} is one token"),
]

TESTS = ("io.jbindgen.oracle.**,io.jbindgen.report.**,io.jbindgen.abi.**,io.jbindgen.parse.**,"
         "io.jbindgen.IoctlTemplates*")


def run(workdir, java_home):
    env = dict(os.environ, JAVA_HOME=java_home)
    cmd = ["mvn", "-B", "-o", "-q", "-pl", "generator", "-am", "test", "-Dtest=" + TESTS,
           "-Dsurefire.failIfNoSpecifiedTests=false", "-Djbindgen.corpus.targets=x86_64,s390x",
           "-Djbindgen.corpus.sample=4"]
    subprocess.run(cmd, cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killers = []
    for report in glob.glob(os.path.join(workdir, "generator/target/surefire-reports/TEST-*.xml")):
        for case in ET.parse(report).getroot().iter("testcase"):
            if case.find("failure") is not None or case.find("error") is not None:
                killers.append(case.get("classname").rsplit(".", 1)[-1] + "." + re.sub(r"\(.*", "", case.get("name")))
    return sorted(set(killers))


def main():
    repo = subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True).strip()
    java_home = os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")
    only = set(sys.argv[1:])
    workdir = os.environ.get("MUTANT_WORKDIR") or tempfile.mkdtemp(prefix="jbmutants")
    src = os.path.join(workdir, "repo")
    if os.path.exists(src):
        shutil.rmtree(src)
    files = subprocess.check_output(["git", "ls-files", "-co", "--exclude-standard"], cwd=repo, text=True).split("\n")
    for f in filter(None, files):
        if os.path.isfile(os.path.join(repo, f)):
            os.makedirs(os.path.dirname(os.path.join(src, f)) or src, exist_ok=True)
            shutil.copy2(os.path.join(repo, f), os.path.join(src, f))
    survivors = []
    for name, what, path, old, new in MUTANTS:
        if only and name not in only:
            continue
        target = os.path.join(src, path)
        original = open(target).read()
        if original.count(old) != 1:
            print(f"{name}: does not apply (the code changed): {path}")
            survivors.append(name)
            continue
        shutil.rmtree(os.path.join(src, "generator/target/surefire-reports"), ignore_errors=True)
        open(target, "w").write(original.replace(old, new))
        try:
            killers = run(src, java_home)
        finally:
            open(target, "w").write(original)
        print(f"{name} ({what}): " + (", ".join(killers) if killers else "SURVIVED"), flush=True)
        if not killers:
            survivors.append(name)
    if survivors:
        print("mutants not killed: " + ", ".join(survivors))
        sys.exit(1)


if __name__ == "__main__":
    main()
