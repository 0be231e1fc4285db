package ai.mihu.sdk.builders;

import ai.mihu.sdk.spec.SpecSchemas;

/** The builders generated from spec/openapi.yaml, checked against it. */
class ProjectSpecBuildersTest extends SpecDrivenBuildersTest {

    @Override
    SpecSchemas spec() {
        return SpecSchemas.ofProjectSpec();
    }
}
