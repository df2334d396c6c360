package se.lyssna.app.facilitator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopesTest {
    @Test
    void municipalityOf_unitCode_isItsPrefix() {
        assertThat(Scopes.municipalityOf("0180-hvb-demo-solrosen")).contains("0180");
        assertThat(Scopes.municipalityOf("0180")).isEmpty();
        assertThat(Scopes.municipalityOf("hvb-x")).isEmpty();
        assertThat(Scopes.municipalityOf(null)).isEmpty();
    }
}
