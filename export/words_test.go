package export_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/export"
	"github.com/rolemodel/rolemodel/progression"
	"github.com/rolemodel/rolemodel/role"
)

// The Markdown job description gives a framework's own proficiency word
// first and the catalog's level after it, on the FT fixture of package
// progression (MIT, Copyright (c) 2019 Financial Times; see its README).
// A word that is the level's name (the FT's "Expert") is not repeated.
func TestMarkdownFrameworkWords(t *testing.T) {
	f, err := os.Open("../progression/testdata/ft-engineering.yml")
	require.NoError(t, err)
	defer f.Close()
	c, err := progression.ReadFT(f)
	require.NoError(t, err)
	for _, tc := range []struct {
		id   role.ID
		want string
	}{
		{"ft-engineering-senior-1", "- **Communication** (“Foundational”, working): "},
		{"ft-engineering-senior-2-ic", "- **Communication** (“Working knowledge”, practitioner): "},
		{"ft-engineering-principal-ic", "- **Team Work** (“Practitioner”, advanced): "},
		{"ft-engineering-tech-director", "- **Team Work** (expert): "},
	} {
		var b bytes.Buffer
		require.NoError(t, export.WriteMarkdown(&b, c, tc.id))
		assert.Contains(t, b.String(), tc.want, tc.id)
	}
}
