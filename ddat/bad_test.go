package ddat_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/ddat"
)

const realDir = "../../shared/data/frameworks/uk-ddat"

// realFiles returns the framework's download as the shared data keeps it,
// skipping the test when it is absent.
func realFiles(t testing.TB) (roles, skills []byte) {
	t.Helper()
	roles, err := os.ReadFile(filepath.Join(realDir, ddat.RolesFile))
	if err != nil {
		t.Skipf("the DDaT download is not at %s (see ../shared/data/README.md): %v", realDir, err)
	}
	skills, err = os.ReadFile(filepath.Join(realDir, ddat.SkillsFile))
	require.NoError(t, err)
	return roles, skills
}

func files(roles, skills []byte) fstest.MapFS {
	m := fstest.MapFS{}
	if roles != nil {
		m[ddat.RolesFile] = &fstest.MapFile{Data: roles}
	}
	if skills != nil {
		m[ddat.SkillsFile] = &fstest.MapFile{Data: skills}
	}
	return m
}

// problems returns the problems of err, a *rolemodel.ValidationError, as
// text.
func problems(t testing.TB, err error) []string {
	t.Helper()
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	out := make([]string, len(ve.Problems))
	for i, p := range ve.Problems {
		out[i] = p.String()
	}
	return out
}

// replaceFirst replaces the first old in data after offset from.
func replaceFirst(t testing.TB, data []byte, from int, old, new string) []byte {
	t.Helper()
	i := bytes.Index(data[from:], []byte(old))
	require.GreaterOrEqual(t, i, 0, "%q is not in the file", old)
	i += from
	return append(append(bytes.Clone(data[:i]), new...), data[i+len(old):]...)
}

// firstRecord returns the first record after the header, with its line
// break.
func firstRecord(t testing.TB, data []byte) []byte {
	t.Helper()
	start := bytes.IndexByte(data, '\n') + 1
	// The second record begins where the first row's family starts a line
	// again after the first one.
	end := bytes.Index(data[start+1:], []byte("\nArchitecture,Business architect,"))
	require.Greater(t, end, 0)
	return data[start : start+1+end+1]
}

// TestCorruptedRealFile breaks one thing in a copy of the real download at
// a time and checks the problem Load reports, where and what was expected.
func TestCorruptedRealFile(t *testing.T) {
	roles, skills := realFiles(t)
	header := bytes.IndexByte(roles, '\n')
	last := bytes.LastIndex(roles, []byte("\nUser-centred design,User researcher,")) + 1 // line 22638
	rec := firstRecord(t, roles)                                                         // lines 2-20; Skill Level "Working" at 16:312

	tests := []struct {
		name          string
		roles, skills []byte
		want          []string
	}{{
		name:  "missing column",
		roles: replaceFirst(t, roles, 0, ",Skill Level,", ",Skill level (word),"),
		want:  []string{`roles.csv:1: Skill Level: the header has no column "Skill Level": expected the columns Role Family, Role, Role Description, Role Level, Role Level Description, Skill Name, Skill Description, Skill Level, Skill Level Description (in any order)`},
	}, {
		name:  "repeated column",
		roles: replaceFirst(t, roles, 0, ",Role Type\n", ",Role\n"),
		want:  []string{`roles.csv:1:134: Role: the header names column "Role" twice`},
	}, {
		name:  "truncated row",
		roles: append(bytes.Clone(roles[:bytes.LastIndex(roles, []byte(",Working,\"You can:\n- describe"))]), '\n'),
		want:  []string{`roles.csv:22638: the record has 7 fields, expected 10 (Role Family, Role, Role Description, Role Level, Role Level Description, Skill Name, Skill Description, Skill Level, Skill Level Description, Role Type): a row cut short or with an extra field`},
	}, {
		name:  "unknown skill level",
		roles: replaceFirst(t, roles, header, ",Working,", ",Wrking,"),
		want:  []string{`roles.csv:16:312: Skill Level: "Wrking" is not a skill level of the framework: expected Awareness, Working, Practitioner or Expert (or NOT IN USE, for a Senior Civil Service role)`},
	}, {
		name:  "empty skill level",
		roles: replaceFirst(t, roles, header, ",Working,", ",,"),
		want:  []string{`roles.csv:16:312: Skill Level: the field is empty: expected Awareness, Working, Practitioner or Expert`},
	}, {
		name:  "repeated row with another level",
		roles: append(bytes.Clone(roles), replaceFirst(t, rec, 0, ",Working,", ",Expert,")...),
		want:  []string{`roles.csv:22655:312: Skill Level: role level "Associate business architect" lists skill "Business architecture" again with a different level or text (first on line 2, at Working): expected each skill once per role level`},
	}, {
		name:  "role in another family",
		roles: replaceFirst(t, roles, last, "User-centred design,", "Data,"),
		want:  []string{`roles.csv:22638:1: Role Family: role "User researcher" is in family "Data" here but in "User-centred design" on line 22364: expected a role in one family`},
	}, {
		name:  "role described differently",
		roles: replaceFirst(t, roles, last, "User researchers plan,", "User researchers plan and"),
		want:  []string{`roles.csv:22638:37: Role Description: role "User researcher" has a different description on line 22364: expected the same description on each of its rows`},
	}, {
		name:  "role level of another role",
		roles: replaceFirst(t, roles, last, "\",User researcher,\"A user researcher", "\",Senior data analyst,\"A user researcher"),
		want:  []string{`roles.csv:22638:346: Role Level: role level "Senior data analyst" is a level of role "Data analyst" on line 5469: expected each role level in one role`},
	}, {
		name:  "named level beside NOT IN USE",
		roles: replaceFirst(t, roles, bytes.LastIndex(roles, []byte("Chief technology officer,")), "NOT IN USE,NOT IN USE", "Chief technology officer,NOT IN USE"),
		want:  []string{`roles.csv:4019:73: Role Level: role "Chief technology officer" has the level "Chief technology officer" here and "NOT IN USE" on line 3904: expected either named levels or NOT IN USE alone (a Senior Civil Service role)`},
	}, {
		name:  "not UTF-8",
		roles: replaceFirst(t, roles, last, "A user researcher is usually", "A user researcher is \xffusually"),
		want:  []string{`roles.csv:22638:362: Role Level Description: the field is not valid UTF-8 text`},
	}, {
		name:   "skill listed twice in skills.csv",
		roles:  roles,
		skills: append(bytes.Clone(skills), firstSkill(t, skills)...),
		want:   []string{`skills.csv:2156:1: Skill Name: skill "Accessibility" is listed again (first on line 2): expected each skill once`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ddat.Load(files(tt.roles, cmpOr(tt.skills, skills)))
			assert.Nil(t, c)
			assert.Equal(t, tt.want, problems(t, err))
		})
	}

	// A row that repeats an earlier one is merged into it.
	c, err := ddat.Load(files(append(bytes.Clone(roles), rec...), skills))
	require.NoError(t, err)
	n := 0
	for r := range c.Roles() {
		n += len(r.Skills)
	}
	assert.Equal(t, 1825-16, n)
}

func cmpOr(a, b []byte) []byte {
	if a != nil {
		return a
	}
	return b
}

// firstSkill returns the first record of skills.csv.
func firstSkill(t testing.TB, data []byte) []byte {
	t.Helper()
	start := bytes.IndexByte(data, '\n') + 1
	end := bytes.Index(data[start:], []byte("\nAdapting to delivery methodologies,"))
	require.Greater(t, end, 0)
	return data[start : start+end+1]
}

const header = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description\n"

// rows writes records as CSV.
func rows(records ...[]string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.WriteAll(records)
	return b.String()
}

func TestBadInput(t *testing.T) {
	ok := []string{"Data", "Data analyst", "Analyses data.", "Senior data analyst", "Leads analysis.", "Data modelling", "Modelling data.", "Practitioner", "You can model."}
	with := func(i int, v string) []string { r := append([]string(nil), ok...); r[i] = v; return r }
	long := strings.Repeat("x", 201)
	tests := []struct {
		name          string
		roles, skills string
		want          []string
	}{{
		name: "no roles.csv",
		want: []string{"roles.csv: not found: expected the framework's role content, roles.csv, at the root of the folder"},
	}, {
		name:  "empty",
		roles: "\ufeff",
		want:  []string{"roles.csv:1: the file is empty: expected a header naming the columns"},
	}, {
		name:  "header only",
		roles: header,
		want:  []string{"roles.csv:2: the file has no rows after the header: expected a row per role level and skill"},
	}, {
		name:  "empty names",
		roles: header + rows(with(0, " "), with(3, ""), with(5, "")),
		want: []string{
			"roles.csv:2:1: Role Family: the field is empty: expected the name of a role family, such as Data",
			"roles.csv:3:34: Role Level: the field is empty: expected the name of a role level, such as Senior data analyst, or NOT IN USE",
			"roles.csv:4:70: Skill Name: the field is empty: expected the name of a skill, such as Data modelling",
		},
	}, {
		name:  "names that make no ID or too long",
		roles: header + rows(with(1, "---"), with(3, long)),
		want: []string{
			`roles.csv:2:6: Role: "---" makes no ID: expected a name of at most 115 letters, digits and separators`,
			`roles.csv:3:34: Role Level: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… makes no ID: expected a name of at most 115 letters, digits and separators`,
		},
	}, {
		name:  "two spellings of one name",
		roles: header + rows(ok, with(5, "Data Modelling"), with(3, "Senior data-analyst")),
		want: []string{
			`roles.csv:3:70: Skill Name: skill "Data Modelling" makes the same ID "ddat-data-modelling" as skill "Data modelling" on line 2: expected one spelling of each name`,
			`roles.csv:4:34: Role Level: role level "Senior data-analyst" makes the same ID "ddat-senior-data-analyst" as "Senior data analyst" on line 2: expected one spelling of each name`,
		},
	}, {
		name:  "text longer than the catalog keeps",
		roles: header + rows(with(8, strings.Repeat("y", 4001))),
		want:  []string{"roles.csv:2:114: Skill Level Description: text: is too long: at most 4000 characters"},
	}, {
		name:  "a differing description of a skill",
		roles: header + rows(ok, with(6, "Other.")),
		want:  []string{`roles.csv:3:85: Skill Description: skill "Data modelling" has a different description on line 2: expected the same description on each of its rows`},
	}, {
		name:   "skills.csv without its level columns",
		roles:  header + rows(ok),
		skills: "Skill Name,Skill Description\nData modelling,Modelling data.\n",
		want: []string{
			`skills.csv:1: Awareness: the header has no column "Awareness": expected the columns Skill Name, Skill Description, Awareness, Working, Practitioner, Expert (in any order)`,
			`skills.csv:1: Working: the header has no column "Working": expected the columns Skill Name, Skill Description, Awareness, Working, Practitioner, Expert (in any order)`,
			`skills.csv:1: Practitioner: the header has no column "Practitioner": expected the columns Skill Name, Skill Description, Awareness, Working, Practitioner, Expert (in any order)`,
			`skills.csv:1: Expert: the header has no column "Expert": expected the columns Skill Name, Skill Description, Awareness, Working, Practitioner, Expert (in any order)`,
		},
	}, {
		name:   "a skill's texts longer than the catalog keeps",
		roles:  header + rows(ok),
		skills: "Skill Name,Skill Description,Awareness,Working,Practitioner,Expert\n" + rows([]string{"Data modelling", "Modelling data.", strings.Repeat("a", 1000), strings.Repeat("w", 1000), strings.Repeat("p", 1000), strings.Repeat("e", 1000)}),
		want:   []string{`skills.csv:2: Skill Description: skill "Data modelling": its description and the texts of its four levels together: is too long: at most 4000 characters`},
	}, {
		name:   "two spellings in the two files",
		roles:  header + rows(ok),
		skills: "Skill Name,Skill Description,Awareness,Working,Practitioner,Expert\n" + rows([]string{"Data  modelling", "", "", "", "", ""}),
		want:   []string{`skills.csv:2:1: Skill Name: skill "Data  modelling" makes the same ID "ddat-data-modelling" as skill "Data modelling" on line 2 of roles.csv: expected one spelling of each name`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			if tt.roles != "" {
				fsys[ddat.RolesFile] = &fstest.MapFile{Data: []byte(tt.roles)}
			}
			if tt.skills != "" {
				fsys[ddat.SkillsFile] = &fstest.MapFile{Data: []byte(tt.skills)}
			}
			c, err := ddat.Load(fsys)
			assert.Nil(t, c)
			assert.Equal(t, tt.want, problems(t, err))
		})
	}
}

func TestLimits(t *testing.T) {
	c, err := ddat.Load(nil)
	assert.Nil(t, c)
	assert.ErrorIs(t, err, rolemodel.ErrEmpty)

	fsys := fstest.MapFS{ddat.RolesFile: {Data: []byte(header + "Data,Data analyst,,Data analyst,,SQL,,Working,\n")}}
	_, err = ddat.Load(fsys, ddat.MaxFileSize(100))
	assert.Equal(t, []string{"roles.csv: the file is 180 bytes, more than the limit of 100"}, problems(t, err))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
	c, err = ddat.Load(fsys, ddat.MaxFileSize(0), nil)
	require.NoError(t, err, "0 is the default size, and a nil option is ignored")
	assert.Equal(t, 1, c.NumRoles())

	dir := t.TempDir()
	_, err = ddat.LoadDir(filepath.Join(dir, "none"))
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.Equal(t, []string{filepath.Join(dir, "none") + ": no such directory: expected the folder of the framework's CSV download"}, problems(t, err))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ddat.RolesFile), fsys[ddat.RolesFile].Data, 0o600))
	_, err = ddat.LoadDir(filepath.Join(dir, ddat.RolesFile))
	assert.Equal(t, []string{filepath.Join(dir, ddat.RolesFile) + ": is not a directory: expected the folder of the framework's CSV download"}, problems(t, err))
	c, err = ddat.LoadDir(dir)
	require.NoError(t, err)
	assert.Equal(t, 1, c.NumRoles())
}

// TestTooManyRungs builds a ladder of 1,008 rungs, more than a catalog
// holds: 16 name patterns, each with 63 levels whose average skill levels
// differ.
func TestTooManyRungs(t *testing.T) {
	// The 63 averages with the smallest denominators, as sums of q levels.
	type frac struct{ s, q int }
	var fracs []frac
	seen := map[float64]bool{}
	for q := 1; len(fracs) < 63; q++ {
		for s := q; s <= 4*q && len(fracs) < 63; s++ {
			if v := float64(s) / float64(q); !seen[v] {
				seen[v] = true
				fracs = append(fracs, frac{s, q})
			}
		}
	}
	var b strings.Builder
	b.WriteString(header)
	words := []string{"Trainee", "Associate", "Junior", "", "Senior", "Lead", "Principal", "Head of"}
	for _, w := range words {
		for _, job := range []string{"analyst", "engineer"} {
			for i, f := range fracs {
				name := strings.TrimSpace(fmt.Sprintf("%s x%d %s", w, i, job))
				for k := range f.q {
					// Spread the sum over the q skills, each 1 to 4.
					lv := 1 + (f.s-f.q)/f.q
					if k < (f.s-f.q)%f.q {
						lv++
					}
					fmt.Fprintf(&b, "F,R,,%s,,S%d,,%s,\n", name, k, []string{"Awareness", "Working", "Practitioner", "Expert"}[lv-1])
				}
			}
		}
	}
	_, err := ddat.Load(fstest.MapFS{ddat.RolesFile: {Data: []byte(b.String())}})
	assert.Equal(t, []string{`roles.csv:2: Role: role "R" has 1008 rungs, more than the 1000 a catalog's ladder holds`}, problems(t, err))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
}

// TestNameCharacters corrupts one cell of a copy of the fixture at a time
// (issue 12.2 and issue 14.3): a name that shows as nothing is missing, a
// name holding a control, line-separator or bidirectional formatting
// character is refused, and so is free text that opens a bidirectional
// override without closing it, each at its file, line and column, whatever
// the character.
func TestNameCharacters(t *testing.T) {
	roles, err := os.ReadFile("testdata/framework/roles.csv")
	require.NoError(t, err)
	skills, err := os.ReadFile("testdata/framework/skills.csv")
	require.NoError(t, err)
	const rule = "a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters"
	tests := []struct {
		name          string
		roles, skills []byte
		want          []string
	}{{
		name:  "NEL in a role",
		roles: replaceFirst(t, roles, 0, ",Chief technology officer,", ",Chief\u0085technology officer,"),
		want:  []string{`roles.csv:2:24: Role: "Chief\u0085technology officer" holds the control character U+0085: ` + rule},
	}, {
		name:  "ESC in a role, refused by the table reader",
		roles: replaceFirst(t, roles, 0, ",Chief technology officer,", ",Chief\x1btechnology officer,"),
		want:  []string{`roles.csv:2:24: Role: the field holds the control character U+001B: expected text with no control characters other than tab and line breaks`},
	}, {
		name:  "CSI in a role",
		roles: replaceFirst(t, roles, 0, ",Chief technology officer,", ",Chief\u009b31mtechnology officer,"),
		want:  []string{`roles.csv:2:24: Role: "Chief\u009b31mtechnology officer" holds the control character U+009B: ` + rule},
	}, {
		name:  "right-to-left override in a skill",
		roles: replaceFirst(t, roles, 0, ",Strategic technology planning,", ",Strategic \u202etechnology planning,"),
		want:  []string{`roles.csv:14:95: Skill Name: "Strategic \u202etechnology planning" holds the bidirectional formatting character U+202E: ` + rule},
	}, {
		name:  "line separator in a role level",
		roles: replaceFirst(t, roles, 0, ",Associate data analyst,", ",Associate data\u2028analyst,"),
		want:  []string{`roles.csv:49:70: Role Level: "Associate data\u2028analyst" holds the line separator U+2028: ` + rule},
	}, {
		name:  "family of only U+200B",
		roles: replaceFirst(t, roles, 0, "\nData,Data analyst,", "\n\u200b,Data analyst,"),
		want:  []string{`roles.csv:43:1: Role Family: the field holds only white space or invisible characters ("\u200b"): expected the name of a role family, such as Data`},
	}, {
		name:  "role level of spaces",
		roles: replaceFirst(t, roles, 0, ",Associate data analyst,", ", \u00a0 \t,"),
		want:  []string{`roles.csv:49:70: Role Level: the field is empty: expected the name of a role level, such as Senior data analyst, or NOT IN USE`},
	}, {
		name:  "skill level of only U+FEFF",
		roles: replaceFirst(t, roles, 0, ",Awareness,", ",\ufeff\u200b ,"),
		want:  []string{`roles.csv:54:292: Skill Level: the field holds only white space or invisible characters ("\ufeff\u200b"): expected Awareness, Working, Practitioner or Expert`},
	}, {
		name:   "skill of spaces in skills.csv",
		skills: replaceFirst(t, skills, 0, "\nTechnology evaluation,", "\n   ,"),
		want:   []string{`skills.csv:41:1: Skill Name: the field is empty: expected the name of a skill, such as Data modelling`},
	}, {
		name:   "skill of only U+200B and a space in skills.csv",
		skills: replaceFirst(t, skills, 0, "\nTechnology evaluation,", "\n\u200b ,"),
		want:   []string{`skills.csv:41:1: Skill Name: the field holds only white space or invisible characters ("\u200b"): expected the name of a skill, such as Data modelling`},
	}, {
		name:  "open override in a role's description",
		roles: replaceFirst(t, roles, 0, "A chief technology officer is", "A chief \u202etechnology officer is"),
		want:  []string{`roles.csv:2:49: Role Description: "A chief \u202etechnology officer is the organisation's tech…" holds the bidirectional formatting character U+202E that is not closed by U+202C (PDF): free text may use bidirectional formatting only if it closes it, so that it cannot reorder what follows`},
	}, {
		name:   "open isolate in a skill level's text in skills.csv",
		skills: replaceFirst(t, skills, 0, "- explain information security", "- explain \u2067information security"),
		want:   []string{`skills.csv:2:126: Awareness: "You can:\n- explain \u2067information security and the secu…" holds the bidirectional formatting character U+2067 that is not closed by U+2069 (PDI): free text may use bidirectional formatting only if it closes it, so that it cannot reorder what follows`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ddat.Load(files(cmpOr(tt.roles, roles), cmpOr(tt.skills, skills)))
			assert.Nil(t, c)
			assert.Equal(t, tt.want, problems(t, err))
		})
	}

	// Free text may hold the line breaks and C1 controls the publishers'
	// files carry, and bidirectional formatting it closes.
	ok := bytes.ReplaceAll(roles, []byte("A chief technology officer is"), []byte("A chief\u2028technology\u0085officer \u202eis\u202c"))
	ok = replaceFirst(t, ok, 0, "- explain information security", "- explain \u2067information\u2069 security\u0080")
	c, err := ddat.Load(files(ok, skills))
	require.NoError(t, err)
	r, found := c.Role("ddat-chief-technology-officer")
	require.True(t, found)
	assert.Contains(t, r.Descriptions[0].Text, "A chief\u2028technology\u0085officer \u202eis\u202c")
}
