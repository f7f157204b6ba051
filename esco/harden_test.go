package esco_test

import (
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
)

func problemStrings(t *testing.T, err error) []string {
	t.Helper()
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	var out []string
	for _, p := range ve.Problems {
		out = append(out, p.String())
	}
	return out
}

// Issue 14.1: a conceptUri of 5 MB gave a 5 MB message. Past 64 KiB the
// table refuses the field; under it, the URI is quoted cut.
func TestLongURIIsQuotedCut(t *testing.T) {
	for _, n := range []int{5 << 20, 60 << 10, 2000} {
		_, err := esco.Load(download(occHeader+"Occupation,http://x/"+strings.Repeat("q", n)+" y,2511,T,,,D\n", "", ""))
		require.Error(t, err)
		assert.Less(t, len(err.Error()), 1000, "n=%d", n)
		var ve *rolemodel.ValidationError
		require.ErrorAs(t, err, &ve)
		assert.LessOrEqual(t, len(ve.Problems[0].Message), 600)
		assert.Equal(t, [2]int{2, 12}, [2]int{ve.Problems[0].Line, ve.Problems[0].Column})
	}
}

// Issue 14.3: labels are names, one per line of their field. A raw CR (kept
// by CSV inside quotes) or a NEL or U+2028 separates labels rather than
// staying inside one; a label with a bidirectional override or a C1 control
// is refused at its cell; a description keeps what ESCO's own files hold.
func TestLabelCharacters(t *testing.T) {
	occ := func(alt, desc string) string {
		return occHeader + "Occupation,http://data.europa.eu/esco/occupation/aa-1,2511,ICT analyst,\"" + alt + "\",,\"" + desc + "\"\n"
	}
	c, err := esco.Load(download(occ("analyst\rsenior analyst\u0085lead analyst\u2028chief analyst", "Sales \u0080 1,000\u0099."), "", ""))
	require.NoError(t, err)
	r, ok := c.Role("esco-aa-1")
	require.True(t, ok)
	assert.Equal(t, []string{"analyst", "senior analyst", "lead analyst", "chief analyst"}, r.Aliases)
	assert.Equal(t, "Sales \u0080 1,000\u0099.", r.Descriptions[0].Text, "free text keeps C1 characters, as the real files have them")

	_, err = esco.Load(download(occ("analyst\u202e", ""), "", ""))
	assert.Equal(t, []string{`occupations_en.csv:2:72: altLabels: aliases[0]: "analyst\u202e" holds the bidirectional formatting character U+202E: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters`}, problemStrings(t, err))
	_, err = esco.Load(download(occHeader+"Occupation,http://data.europa.eu/esco/occupation/aa-1,2511,\"\u009b31mred\",,,\n", "", ""))
	assert.Equal(t, []string{`occupations_en.csv:2:60: preferredLabel: title: "\u009b31mred" holds the control character U+009B: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters`}, problemStrings(t, err))
	_, err = esco.Load(download(occ("", "unclosed \u202e"), "", ""))
	assert.Contains(t, err.Error(), "occupations_en.csv:2:76: description: descriptions[0].text: ")
	assert.Contains(t, err.Error(), "that is not closed by U+202C (PDF)")

	// Issue 12.2: a label of white space only is no label; a preferred
	// label of white space only is missing.
	c, err = esco.Load(download(occ(" \u00a0\n\t", ""), "", ""))
	require.NoError(t, err)
	r, _ = c.Role("esco-aa-1")
	assert.Empty(t, r.Aliases)
	_, err = esco.Load(download(occHeader+"Occupation,http://data.europa.eu/esco/occupation/aa-1,2511,\u3000,,,\n", "", ""))
	assert.Equal(t, []string{"occupations_en.csv:2:60: preferredLabel: the occupation has no preferred label: expected its name"}, problemStrings(t, err))
}

// Issue 14.4: one row of 60 MiB of commas allocated 10 GB before it was
// refused. The shared table refuses it while scanning; here 8 MiB.
func TestRowOfCommasIsRefusedWhileRead(t *testing.T) {
	data := occHeader + strings.Repeat(",", 8<<20) + "\n" + occB
	fsys := download(data, "", "")
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := esco.Load(fsys)
	runtime.ReadMemStats(&after)
	assert.Equal(t, []string{"occupations_en.csv:2: the record has 8388609 fields, expected 7 (conceptType, conceptUri, iscoGroup, preferredLabel, altLabels, hiddenLabels, description): a row cut short or with an extra field"}, problemStrings(t, err))
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(3*len(data)), "the file, its text, and little else")
}

// The real ESCO 1.0 occupations file loads, with the U+0080 and U+0099 of
// its 18 mojibake descriptions as they are.
func TestRealMojibakeLoads(t *testing.T) {
	c := loadReal(t)
	n := 0
	for r := range c.Roles() {
		for _, d := range r.Descriptions {
			if strings.ContainsFunc(d.Text, func(r rune) bool { return r >= 0x80 && r <= 0x9f }) {
				n++
			}
		}
	}
	assert.Equal(t, 18, n)
}

// BenchmarkWideRow reads an occupations file whose one row is 60 MiB of
// commas (issue 14.4: it allocated 10 GB, 4.9 GB peak, 23 s, before its
// field count was refused). The row is refused while it is scanned.
func BenchmarkWideRow(b *testing.B) {
	fsys := download("conceptUri,preferredLabel\n"+strings.Repeat(",", 60<<20)+"\n", "", "")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := esco.Load(fsys); err == nil {
			b.Fatal("loaded")
		}
	}
}

// Issue 14's second round: a preferred label that shows as nothing
// (default-ignorable characters such as U+200B, U+FEFF, U+115F) is
// missing, at its cell. A line of an alternative or hidden label list that
// shows as nothing is a gap in the list, dropped as a line of white space
// is (issue 12.2: both are blank), so the labels are the same whichever.
func TestInvisibleLabels(t *testing.T) {
	const uri = "http://data.europa.eu/esco/occupation/aa-1"
	for _, l := range []string{"", " \t", "\u00a0\u3000", "\u200b", "\ufeff", "\u115f", "\u180e\u3000", " \u200b\u2060 ", "\ufe0f"} {
		if strings.TrimSpace(l) != "" {
			_, err := esco.Load(download(occHeader+"Occupation,"+uri+",2511,"+l+",,,\n", "", ""))
			assert.Equal(t, []string{"occupations_en.csv:2:60: preferredLabel: title: is required: it holds only white space or invisible characters"}, problemStrings(t, err), "%q", l)
		}
		c, err := esco.Load(download(occHeader+"Occupation,"+uri+",2511,ICT analyst,\"a\n"+l+"\nb\n"+l+"\",\""+l+"\nhidden\",\n", "", ""))
		require.NoError(t, err, "%q", l)
		r, ok := c.Role(esco.RoleID(uri))
		require.True(t, ok)
		assert.Equal(t, []string{"a", "b", "hidden"}, r.Aliases, "%q", l)
	}
	// A label that holds something visible keeps its invisible characters,
	// as ESCO writes "\u200bpublic relations consultant".
	c, err := esco.Load(download(occHeader+"Occupation,"+uri+",2511,ICT analyst,\"\u200bpublic relations consultant\",,\n", "", ""))
	require.NoError(t, err)
	r, ok := c.Role(esco.RoleID(uri))
	require.True(t, ok)
	assert.Equal(t, []string{"\u200bpublic relations consultant"}, r.Aliases)
}
