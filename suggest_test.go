package rolemodel_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/onet"
)

const onet29 = "../shared/data/onet-29.3"

func loadONet29(tb testing.TB) *rolemodel.Catalog {
	tb.Helper()
	if _, err := os.Stat(onet29); err != nil {
		tb.Skipf("O*NET 29.3 is not at %s (../shared/data, beside the repository): %v", onet29, err)
	}
	c, err := onet.LoadDir(onet29)
	require.NoError(tb, err)
	return c
}

func suggestions(t *testing.T, c *rolemodel.Catalog, title string) []string {
	t.Helper()
	_, err := c.Find(title)
	var ue *rolemodel.UnknownTitleError
	require.ErrorAs(t, err, &ue)
	return ue.Similar
}

func TestSuggestionsDefault(t *testing.T) {
	c := rolemodel.Default()
	assert.Equal(t, "Technical Lead", first(suggestions(t, c, "Tech Lead")), "an abbreviation by prefix")
	assert.Equal(t, "Chief Technology Officer", first(suggestions(t, c, "Chief Tech Officer")))
	assert.Equal(t, "Enterprise Architect", first(suggestions(t, c, "Enterprize Architect")), "one edit in a word")
	assert.Equal(t, "Head of Engineering", first(suggestions(t, c, "Head Engineering")), "a word left out")
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func TestSuggestionsONet(t *testing.T) {
	c := loadONet29(t)
	got := suggestions(t, c, "Sofware Developer")
	require.NotEmpty(t, got)
	assert.Equal(t, "Software Developer", got[0])
	for _, s := range got {
		assert.GreaterOrEqual(t, len([]rune(s)), 3, "no two-letter fragments: %q", s)
	}
	assert.Contains(t, suggestions(t, c, "Data Scientst"), "Data Scientist")
	assert.Contains(t, suggestions(t, c, "Comp Sys Analyst"), "Computer Systems Analyst")
}

func BenchmarkFindMissONet(b *testing.B) {
	c := loadONet29(b)
	c.Similar("warm the index", 1)
	for b.Loop() {
		_, _ = c.Find("Sofware Developer")
	}
}
