package onet_test

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/onet"
)

// problemsOf returns the problems of err, a *rolemodel.ValidationError, as
// their String forms.
func problemsOf(t *testing.T, err error) []string {
	t.Helper()
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	var out []string
	for _, p := range ve.Problems {
		out = append(out, p.String())
	}
	return out
}

// zones writes Occupation Data with n occupations, Job Zones giving each
// zone 2, and a Job Zone Reference with the given experience text.
func zones(n int, experience string) map[string]string {
	var occ, jz strings.Builder
	occ.WriteString(occHeader)
	jz.WriteString("O*NET-SOC Code\tJob Zone\n")
	for i := range n {
		fmt.Fprintf(&occ, "11-%04d.00\tTitle %d\tD\n", i, i)
		fmt.Fprintf(&jz, "11-%04d.00\t2\n", i)
	}
	return map[string]string{
		onet.OccupationsFile:    occ.String(),
		onet.JobZonesFile:       jz.String(),
		onet.JobZoneRefFile:     "Job Zone\tName\tExperience\tEducation\n2\tJob Zone Two\t" + experience + "\tHigh school.\n",
		onet.AlternatesFile:     "O*NET-SOC Code\tAlternate Title\tShort Title\n",
		onet.CareerStartersFile: ccHeader,
	}
}

func fsOf(m map[string]string) []string {
	var kv []string
	for k, v := range m {
		kv = append(kv, k, v)
	}
	return kv
}

// Issue 12.14: a problem the catalog's rules find after import names the
// file, line and column of the cell the value came from, once.
func TestProblemsAfterImportAreLocated(t *testing.T) {
	long := strings.Repeat("d", 9000)
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"a description of 9,000 characters", map[string]string{
			onet.OccupationsFile: occHeader + "11-1011.00\tChief Executives\t" + long + "\n",
		}, []string{"Occupation Data.txt:2:29: Description: is too long: at most 8000 characters"}},
		{"one long cell of Job Zone Reference, copied into 150 roles", zones(150, long),
			[]string{"Job Zone Reference.txt:2:16: Experience: is too long: at most 8000 characters"}},
		{"an alternate title of 300 characters", map[string]string{
			onet.OccupationsFile: occHeader + occRows,
			onet.AlternatesFile:  "O*NET-SOC Code\tAlternate Title\tShort Title\n15-1121.00\tAnalyst\tn/a\n15-1121.00\t" + strings.Repeat("a", 300) + "\tn/a\n",
		}, []string{"Alternate Titles.txt:3:12: Alternate Title: is too long: at most 200 characters"}},
		{"a title and a short title with bidirectional overrides", map[string]string{
			onet.OccupationsFile: occHeader + "15-1121.00\tAnalysts\u202e\tAnalyze.\n",
			onet.AlternatesFile:  "O*NET-SOC Code\tAlternate Title\tShort Title\n15-1121.00\tAnalyst\tSA\u2066\n",
		}, []string{
			`Occupation Data.txt:2:12: Title: "Analysts\u202e" holds the bidirectional formatting character U+202E: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters`,
			`Alternate Titles.txt:2:20: Short Title: "SA\u2066" holds the bidirectional formatting character U+2066: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters`,
		}},
		{"a skill name of 257 characters, rated by two occupations", map[string]string{
			onet.OccupationsFile: occHeader + occRows,
			onet.SkillsFile: "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\n" +
				"15-1121.00\t2.A.1.a\t" + "Reading" + strings.Repeat(".", 250) + "\tIM\t3\n15-1121.00\t2.A.1.a\t" + "Reading" + strings.Repeat(".", 250) + "\tLV\t3\n" +
				"11-3021.00\t2.A.1.a\t" + "Reading" + strings.Repeat(".", 250) + "\tIM\t3\n11-3021.00\t2.A.1.a\t" + "Reading" + strings.Repeat(".", 250) + "\tLV\t3\n",
		}, []string{"Skills.txt:2:20: Element Name: is too long: at most 200 characters"}},
		// Issue 14's second round: each cell's problem at its own column
		// (a Commodity Title was placed at the Example).
		{"a Commodity Title with a bidirectional override", map[string]string{
			onet.OccupationsFile: occHeader + occRows,
			onet.TechnologyFile:  techHeader + "15-1121.00\tAnalysts\tJira\t43232701\tX\u202eY\tN\tN\n",
		}, []string{`Technology Skills.txt:2:35: Commodity Title: "X\u202eY" holds the bidirectional formatting character U+202E: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters`}},
		{"a Commodity Title of 300 characters", map[string]string{
			onet.OccupationsFile: occHeader + occRows,
			onet.TechnologyFile:  techHeader + "15-1121.00\tAnalysts\tJira\t43232701\t" + strings.Repeat("c", 300) + "\tN\tN\n",
		}, []string{"Technology Skills.txt:2:35: Commodity Title: is too long: at most 200 characters"}},
		{"an Element ID with a line separator", map[string]string{
			onet.OccupationsFile: occHeader + occRows,
			onet.SkillsFile: "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\n" +
				"15-1121.00\t2.A\u20281\tReading\tIM\t3\n15-1121.00\t2.A\u20281\tReading\tLV\t3\n",
		}, []string{`Skills.txt:2:12: Element ID: "O*NET skill 2.A\u20281" holds the line separator U+2028: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := onet.Load(files(fsOf(tt.files)...))
			require.Error(t, err)
			assert.Equal(t, tt.want, problemsOf(t, err))
		})
	}
}

// Issue 14.1: an O*NET code of 5 MB gave a 5 MB Problem.Message. The table
// refuses a field over 64 KiB; a long code under that is quoted cut.
func TestLongCodeIsQuotedCut(t *testing.T) {
	for _, n := range []int{5 << 20, 60 << 10, 1000} {
		_, err := onet.Load(files(onet.OccupationsFile, occHeader+strings.Repeat("1", n)+"\tT\tD\n"))
		require.Error(t, err)
		assert.Less(t, len(err.Error()), 1000, "n=%d", n)
		var ve *rolemodel.ValidationError
		require.ErrorAs(t, err, &ve)
		assert.LessOrEqual(t, len(ve.Problems[0].Message), 600)
		assert.Equal(t, 2, ve.Problems[0].Line)
	}
}

// Issue 14.4: one row of 60 MiB of tabs allocated 6 GB before it was
// refused for its field count. The row is refused while it is scanned; here
// 8 MiB of tabs, with no allocation beyond the file's text.
func TestRowOfTabsIsRefusedWhileRead(t *testing.T) {
	data := occHeader + strings.Repeat("\t", 8<<20) + "\n" + occRows
	fsys := files(onet.OccupationsFile, data)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := onet.Load(fsys)
	runtime.ReadMemStats(&after)
	assert.Equal(t, []string{"Occupation Data.txt:2: the record has 8388609 fields, expected 3 (O*NET-SOC Code, Title, Description): a row cut short or with an extra field"}, problemsOf(t, err))
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(3*len(data)), "the file, its text, and little else")
}

// Issue 12.2: a title or alternate title of white space only is empty.
func TestWhiteSpaceNames(t *testing.T) {
	_, err := onet.Load(files(onet.OccupationsFile, occHeader+"15-1121.00\t \u3000\tD\n"))
	assert.Equal(t, []string{"Occupation Data.txt:2:12: Title: occupation 15-1121.00 has an empty title"}, problemsOf(t, err))
	_, err = onet.Load(files(onet.OccupationsFile, occHeader+occRows, onet.AlternatesFile, "O*NET-SOC Code\tAlternate Title\n15-1121.00\t\u00a0\n"))
	require.Error(t, err)
	assert.Equal(t, []string{"Alternate Titles.txt:2:12: Alternate Title: the alternate title is empty"}, problemsOf(t, err))
	assert.True(t, errors.Is(err, rolemodel.ErrInvalidValue))
}

// Issue 14's second round: a name that shows as nothing (white space and
// default-ignorable characters only) is missing when required, and a
// problem when optional but present; each at its cell.
func TestInvisibleNames(t *testing.T) {
	for _, title := range []string{"\u200b", "\ufeff", "\u180e", "\u115f", "\u200b\u3000"} {
		_, err := onet.Load(files(onet.OccupationsFile, occHeader+"15-1121.00\t"+title+"\tD\n"))
		require.Error(t, err, "%q", title)
		assert.Equal(t, []string{"Occupation Data.txt:2:12: Title: is required: it holds only white space or invisible characters"}, problemsOf(t, err), "%q", title)
		_, err = onet.Load(files(onet.OccupationsFile, occHeader+occRows, onet.AlternatesFile, "O*NET-SOC Code\tAlternate Title\tShort Title\n15-1121.00\tAnalyst\t"+title+"\n"))
		require.Error(t, err, "%q", title)
		assert.Equal(t, []string{"Alternate Titles.txt:2:20: Short Title: the short title holds only white space or invisible characters: leave the cell empty or give a name"}, problemsOf(t, err), "%q", title)
	}
	for _, category := range []string{" ", "\u00a0", "\u3000", "\u200b", "\ufeff\u200b"} {
		_, err := onet.Load(files(onet.OccupationsFile, occHeader+occRows, onet.TechnologyFile, techHeader+"15-1121.00\tAnalysts\tJira\t43232701\t"+category+"\tN\tN\n"))
		require.Error(t, err, "%q", category)
		assert.Equal(t, []string{"Technology Skills.txt:2:35: Commodity Title: the category holds only white space or invisible characters: leave the cell empty or give a name"}, problemsOf(t, err), "%q", category)
	}
}
