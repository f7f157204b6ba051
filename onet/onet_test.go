package onet_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

func countKinds(c *rolemodel.Catalog) map[career.Kind]int {
	n := map[career.Kind]int{}
	for t := range c.Transitions() {
		n[t.Kind]++
	}
	return n
}

func TestRelease20_3(t *testing.T) {
	c, err := onet.LoadDir(release(t, "onet-20.3"))
	require.NoError(t, err)
	assert.Equal(t, 1113, c.NumRoles(), "one role per row of Occupation Data")
	assert.Equal(t, map[career.Kind]int{career.Advancement: 2802, career.Lateral: 12764}, countKinds(c),
		"8,348 + 8,580 matrix rows make 15,566 distinct moves")

	noTwoWayAdvancement(t, c)
	src, ok := c.Source("onet-20-3")
	require.True(t, ok, "the source is named after the release in Read Me.txt")
	assert.Equal(t, "O*NET 20.3 Database", src.Title)
	assert.Equal(t, "April 2016", src.Published)
	assert.Contains(t, src.License, "CC BY 4.0")
	assert.Equal(t, onet.Attribution, src.Note)

	r, ok := c.Lookup("computer systems analysts")
	require.True(t, ok)
	assert.Equal(t, role.ID("15-1121-00"), r.ID)
	assert.Equal(t, "15-1121.00", r.Codes.ONetSOC)
	assert.Contains(t, r.Experience[0].Text, "Job Zone Four: Considerable Preparation Needed.")
	assert.Contains(t, r.Education[0].Text, "bachelor's degree")
	assert.Contains(t, r.Aliases, "Systems Analyst")

	// "IT Manager" is an alternate title of six occupations in 20.3 and the
	// title of none: Lookup does not pick one, Find says which they are.
	_, ok = c.Lookup("IT Manager")
	assert.False(t, ok)
	_, err = c.Find("IT Manager")
	var amb *rolemodel.AmbiguousTitleError
	require.ErrorAs(t, err, &amb)
	assert.Contains(t, amb.Roles, onet.RoleID("11-3021.00"))
	assert.Len(t, amb.Roles, 6)

	// Neither matrix relates 15-1121.00 to 11-3021.00 directly; Career
	// Changers relates it to 15-1122.00 (index 7), which relates to
	// 11-3021.00.
	p, err := c.Graph().ShortestPath("15-1121-00", "11-3021-00")
	require.NoError(t, err)
	assert.Equal(t, "Computer Systems Analysts → Information Security Analysts → Computer and Information Systems Managers", p.String())
	assert.Equal(t, []career.Kind{career.Lateral, career.Advancement}, []career.Kind{p.Steps()[0].Kind, p.Steps()[1].Kind},
		"job zone 4 throughout: individual contributor to individual contributor, then to manager")
	assert.Equal(t, 7.0, p.Steps()[0].Index)
}

func TestRelease29_3(t *testing.T) {
	c, err := onet.LoadDir(release(t, "onet-29.3"))
	require.NoError(t, err)
	assert.Equal(t, 1016, c.NumRoles())
	assert.Equal(t, map[career.Kind]int{career.Advancement: 4783, career.Lateral: 13677}, countKinds(c))

	noTwoWayAdvancement(t, c)
	chief, _ := c.Role("11-1011-00")
	assert.Equal(t, role.Executive, chief.Level)
	for code, want := range map[string]role.Level{
		"11-3021.00": role.Manager, "11-9041.00": role.Manager, "27-1011.00": role.IndividualContributor, // Art Directors
		"17-1011.00": role.IndividualContributor, "17-3011.00": role.IndividualContributor, // Architects, drafters
		"47-1011.00": role.Lead, // First-Line Supervisors of Construction Trades and Extraction Workers
	} {
		r, ok := c.Role(onet.RoleID(code))
		require.True(t, ok, code)
		assert.Equal(t, want, r.Level, "%s %s", code, r.Title)
	}

	var skills []skill.Skill
	for s := range c.Skills() {
		skills = append(skills, s)
	}
	assert.Len(t, skills, 35+33, "O*NET's 35 skills and 33 knowledge areas")
	neg, ok := c.Skill("negotiation")
	require.True(t, ok)
	assert.Equal(t, skill.Soft, neg.Kind, "a Social Skill (2.B.1.d)")
	prog, _ := c.Skill("programming")
	assert.Equal(t, skill.Hard, prog.Kind)

	ceo, ok := c.Role("11-1011-00")
	require.True(t, ok)
	// The first rows of the Skills file: Reading Comprehension, IM 4.12,
	// LV 4.62 → ceil(4.62×5/7) = 4, essential from importance 3.
	var rc skill.Requirement
	for _, q := range ceo.Skills {
		if q.Skill == "reading-comprehension" {
			rc = q
		}
	}
	assert.Equal(t, skill.Requirement{Skill: "reading-comprehension", Level: skill.Advanced, Essential: true,
		Text: "importance 4.12 of 5, level 4.62 of 7", Sources: []string{"onet-29-3"}}, rc)

	// A title that is also another occupation's alternate title finds the
	// occupation it is the title of.
	r, ok := c.Lookup("Computer and Information Systems Managers")
	require.True(t, ok)
	assert.Equal(t, role.ID("11-3021-00"), r.ID)
	r, ok = c.Lookup("Technology Director")
	require.True(t, ok, "29.3 lists Technology Director under one occupation only")
	assert.Equal(t, role.ID("11-3021-00"), r.ID)

	// The catalog's gap analysis runs on O*NET's ratings.
	gap, err := c.Gap(skill.Profile{Skills: []skill.Held{{Skill: "programming", Level: skill.Expert}}}, "11-3021-00")
	require.NoError(t, err)
	assert.NotEmpty(t, gap.Missing)
}

// noTwoWayAdvancement checks the kind rule: a move and its reverse are
// never both advancements.
func noTwoWayAdvancement(t *testing.T, c *rolemodel.Catalog) {
	t.Helper()
	adv := map[[2]role.ID]bool{}
	for tr := range c.Transitions() {
		if tr.Kind == career.Advancement {
			adv[[2]role.ID{tr.From, tr.To}] = true
		}
	}
	for k := range adv {
		assert.False(t, adv[[2]role.ID{k[1], k[0]}], "%s and %s are each an advancement from the other", k[0], k[1])
	}
}

func TestOptions(t *testing.T) {
	dir := release(t, "onet-29.3")
	all, err := onet.LoadDir(dir, onet.WithoutAlternateTitles())
	require.NoError(t, err)
	for r := range all.Roles() {
		require.Empty(t, r.Aliases)
	}

	short, err := onet.LoadDir(dir, onet.MaxRelatedIndex(5), onet.WithoutAlternateTitles())
	require.NoError(t, err)
	n := 0
	for tr := range short.Transitions() {
		n++
		require.LessOrEqual(t, tr.Index, 5.0)
	}
	assert.Equal(t, 4615, n, "the Primary-Short tier")

	none, err := onet.LoadDir(dir, onet.Transitions(), onet.WithoutAlternateTitles())
	require.NoError(t, err)
	assert.Empty(t, countKinds(none))

	strict, err := onet.LoadDir(dir, onet.EssentialImportance(4.5), onet.WithoutAlternateTitles())
	require.NoError(t, err)
	essential := func(c *rolemodel.Catalog) (n int) {
		for r := range c.Roles() {
			for _, q := range r.Skills {
				if q.Essential {
					n++
				}
			}
		}
		return n
	}
	// Counted with awk from the files: 12,503 skill and 6,663 knowledge
	// requirements with importance 3 or more.
	assert.Equal(t, 12503+6663, essential(all))
	assert.Less(t, essential(strict), 1000)

	changers, err := onet.LoadDir(release(t, "onet-20.3"), onet.Transitions(onet.CareerChangers), onet.WithoutAlternateTitles())
	require.NoError(t, err)
	n = 0
	for range changers.Transitions() {
		n++
	}
	assert.Equal(t, 8348, n, "the Career Changers Matrix alone")
}

func TestRoleID(t *testing.T) {
	assert.Equal(t, role.ID("11-3021-00"), onet.RoleID("11-3021.00"))
	code, ok := onet.Code("11-3021-00")
	assert.True(t, ok)
	assert.Equal(t, "11-3021.00", code)
	for _, id := range []role.ID{"technology-director", "11-3021-0", "11-302a-00", ""} {
		_, ok := onet.Code(id)
		assert.False(t, ok, id)
	}
}

const (
	occHeader = "O*NET-SOC Code\tTitle\tDescription\n"
	occRows   = "15-1121.00\tComputer Systems Analysts\tAnalyze systems.\n11-3021.00\tComputer and Information Systems Managers\tPlan IT.\n"
	ccHeader  = "O*NET-SOC Code\tRelated O*NET-SOC Code\tIndex\n"
)

func files(kv ...string) fstest.MapFS {
	m := fstest.MapFS{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i]] = &fstest.MapFile{Data: []byte(kv[i+1])}
	}
	return m
}

func TestSmallRelease(t *testing.T) {
	c, err := onet.Load(files(
		onet.OccupationsFile, "\ufeff"+strings.ReplaceAll(occHeader+occRows, "\n", "\r\n"),
		onet.CareerChangersFile, ccHeader+"15-1121.00\t11-3021.00\t1\r\n11-3021.00\t15-1121.00\t3\n",
		onet.CareerStartersFile, ccHeader+"15-1121.00\t11-3021.00\t2\n",
	))
	require.NoError(t, err, "a BOM, CRLF and mixed line endings are accepted")
	assert.Equal(t, 2, c.NumRoles())
	src, _ := c.Source("onet")
	assert.Equal(t, "O*NET Database", src.Title, "no Read Me: the source has no version")
	got := map[string]float64{}
	for tr := range c.Transitions() {
		got[string(tr.From)+">"+string(tr.To)+" "+tr.Kind.String()] = tr.Index
	}
	assert.Equal(t, map[string]float64{
		"15-1121-00>11-3021-00 advancement": 1, // both matrices: the smaller index
		"11-3021-00>15-1121-00 lateral":     3,
	}, got)
}

// bigFS is a file system whose one file claims a size of 1 GB and would
// produce bytes forever if read.
type bigFS struct{ size int64 }

func (b bigFS) Open(name string) (fs.File, error) {
	if name != onet.OccupationsFile {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &endless{size: b.size}, nil
}

type endless struct{ size int64 }

func (e *endless) Stat() (fs.FileInfo, error) { return e, nil }
func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}
func (e *endless) Close() error       { return nil }
func (e *endless) Name() string       { return onet.OccupationsFile }
func (e *endless) Size() int64        { return e.size }
func (e *endless) Mode() fs.FileMode  { return 0o444 }
func (e *endless) ModTime() time.Time { return time.Time{} }
func (e *endless) IsDir() bool        { return false }
func (e *endless) Sys() any           { return nil }

func TestBadInput(t *testing.T) {
	occ := occHeader + occRows
	tests := []struct {
		name string
		fsys fs.FS
		kind error
		file string
		line int
		msg  string
	}{
		{"no occupations", files("Job Zones.txt", "x"), rolemodel.ErrEmpty, onet.OccupationsFile, 0, "not an O*NET text release"},
		{"empty file", files(onet.OccupationsFile, ""), rolemodel.ErrEmpty, onet.OccupationsFile, 1, "empty"},
		{"header only", files(onet.OccupationsFile, occHeader), rolemodel.ErrEmpty, onet.OccupationsFile, 1, "no occupations"},
		{"bad file after another bad file", files(onet.OccupationsFile, occ, onet.JobZonesFile, "O*NET-SOC Code\tJob Zone\n15-1121.00\t9\n", "Skills (from xlsx).txt", "O*NET-SOC Code\n"),
			rolemodel.ErrInvalidValue, onet.JobZonesFile, 2, "expected 1 to 5"},
		{"missing column", files(onet.OccupationsFile, "O*NET-SOC Code\tDescription\n"), rolemodel.ErrInvalidValue, onet.OccupationsFile, 1, `has no column "Title"`},
		{"duplicate column", files(onet.OccupationsFile, "O*NET-SOC Code\tTitle\tTitle\n"), rolemodel.ErrDuplicate, onet.OccupationsFile, 1, "twice"},
		{"truncated row", files(onet.OccupationsFile, occ+"15-1131.00\tComputer Programmers"), rolemodel.ErrSyntax, onet.OccupationsFile, 4, "has 2 fields, expected 3"},
		{"too many fields", files(onet.OccupationsFile, occ+"15-1131.00\ta\tb\tc\n"), rolemodel.ErrSyntax, onet.OccupationsFile, 4, "has 4 fields"},
		{"bad code", files(onet.OccupationsFile, occ+"15-1131\tProgrammers\tx\n"), rolemodel.ErrInvalidValue, onet.OccupationsFile, 4, "not an O*NET-SOC code"},
		{"duplicate occupation", files(onet.OccupationsFile, occ+"15-1121.00\tAnalysts again\tx\n"), rolemodel.ErrDuplicate, onet.OccupationsFile, 4, "first on line 2"},
		{"empty title", files(onet.OccupationsFile, occ+"15-1131.00\t \tx\n"), rolemodel.ErrInvalidValue, onet.OccupationsFile, 4, "empty title"},
		{"invalid UTF-8", files(onet.OccupationsFile, occ+"15-1131.00\tPro\xffgrammers\tx\n"), rolemodel.ErrSyntax, onet.OccupationsFile, 4, "UTF-8"},
		{"NUL byte", files(onet.OccupationsFile, occ+"15-1131.00\tPro\x00\tx\n"), rolemodel.ErrSyntax, onet.OccupationsFile, 4, "NUL"},
		{"unknown code in a matrix", files(onet.OccupationsFile, occ, onet.CareerChangersFile, ccHeader+"15-1121.00\t99-9999.00\t1\n"),
			rolemodel.ErrReference, onet.CareerChangersFile, 2, "99-9999.00 is not in Occupation Data.txt"},
		{"duplicate matrix row", files(onet.OccupationsFile, occ, onet.CareerChangersFile, ccHeader+"15-1121.00\t11-3021.00\t1\n15-1121.00\t11-3021.00\t2\n"),
			rolemodel.ErrDuplicate, onet.CareerChangersFile, 3, "listed twice"},
		{"self relation", files(onet.OccupationsFile, occ, onet.CareerStartersFile, ccHeader+"15-1121.00\t15-1121.00\t1\n"),
			rolemodel.ErrReference, onet.CareerStartersFile, 2, "related to itself"},
		{"bad index", files(onet.OccupationsFile, occ, onet.RelatedFile, "O*NET-SOC Code\tRelated O*NET-SOC Code\tIndex\n15-1121.00\t11-3021.00\tfirst\n"),
			rolemodel.ErrInvalidValue, onet.RelatedFile, 2, "not an index"},
		{"bad job zone", files(onet.OccupationsFile, occ, onet.JobZonesFile, "O*NET-SOC Code\tJob Zone\n15-1121.00\t6\n"),
			rolemodel.ErrInvalidValue, onet.JobZonesFile, 2, "expected 1 to 5"},
		{"second job zone", files(onet.OccupationsFile, occ, onet.JobZonesFile, "O*NET-SOC Code\tJob Zone\n15-1121.00\t4\n15-1121.00\t3\n"),
			rolemodel.ErrDuplicate, onet.JobZonesFile, 3, "second job zone"},
		{"duplicate alternate title row", files(onet.OccupationsFile, occ, onet.AlternatesFile, "O*NET-SOC Code\tAlternate Title\n15-1121.00\tAnalyst\n15-1121.00\tAnalyst\n"),
			rolemodel.ErrDuplicate, onet.AlternatesFile, 3, "repeats line 2"},
		{"skill rating out of range", files(onet.OccupationsFile, occ, onet.SkillsFile, "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\n15-1121.00\t2.A.1.a\tReading Comprehension\tLV\t9\n"),
			rolemodel.ErrInvalidValue, onet.SkillsFile, 2, "out of range"},
		{"skill rating missing a scale", files(onet.OccupationsFile, occ, onet.SkillsFile, "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\n15-1121.00\t2.A.1.a\tReading Comprehension\tLV\t3\n"),
			rolemodel.ErrInvalidValue, onet.SkillsFile, 2, "only one of the IM and LV"},
		{"a 1 GB file", bigFS{size: 1 << 30}, rolemodel.ErrTooLarge, onet.OccupationsFile, 0, "1073741824 bytes, more than the limit"},
		{"a file that lies about its size", bigFS{size: 10}, rolemodel.ErrTooLarge, onet.OccupationsFile, 0, "more than the limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := onet.Load(tt.fsys)
			require.Error(t, err)
			assert.Nil(t, c, "no catalog on error")
			assert.ErrorIs(t, err, rolemodel.ErrInvalid)
			assert.ErrorIs(t, err, tt.kind)
			var ve *rolemodel.ValidationError
			require.True(t, errors.As(err, &ve))
			p := ve.Problems[0]
			assert.Equal(t, tt.file, p.File)
			assert.Equal(t, tt.line, p.Line)
			assert.Contains(t, p.Message, tt.msg)
		})
	}
}

func TestMaxFileSize(t *testing.T) {
	fsys := files(onet.OccupationsFile, occHeader+occRows)
	_, err := onet.Load(fsys, onet.MaxFileSize(50))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
	_, err = onet.Load(fsys, onet.MaxFileSize(500))
	assert.NoError(t, err)
}

func TestLoadDirErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := onet.LoadDir(dir + "/absent")
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.NotErrorIs(t, err, rolemodel.ErrInvalid, "a missing folder is not an invalid catalog")
	assert.EqualError(t, err, "rolemodel: cannot read the input: "+dir+"/absent: no such directory: expected the folder of an O*NET text release")
	_, err = onet.LoadDir("onet_test.go")
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.EqualError(t, err, "rolemodel: cannot read the input: onet_test.go: is not a directory: expected the folder of an O*NET text release")
	_, err = onet.Load(nil)
	assert.ErrorIs(t, err, rolemodel.ErrEmpty)
}

// A problem in one file does not hide the problems of the next, even one
// found under its spreadsheet-converted name.
func TestEveryFileReported(t *testing.T) {
	_, err := onet.Load(files(onet.OccupationsFile, occHeader+occRows,
		onet.JobZonesFile, "O*NET-SOC Code\tJob Zone\n15-1121.00\t9\n",
		"Skills (from xlsx).txt", "O*NET-SOC Code\n"))
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	var files []string
	for _, p := range ve.Problems {
		files = append(files, p.File)
	}
	assert.Contains(t, files, onet.JobZonesFile)
	assert.Contains(t, files, "Skills (from xlsx).txt")
}

func TestSuppressedRatings(t *testing.T) {
	c, err := onet.Load(files(onet.OccupationsFile, occHeader+occRows,
		onet.SkillsFile, "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tRecommend Suppress\n"+
			"15-1121.00\t2.A.1.a\tReading Comprehension\tIM\t4\tN\n15-1121.00\t2.A.1.a\tReading Comprehension\tLV\t4\tY\n"+
			"15-1121.00\t2.A.1.b\tActive Listening\tIM\t2\tN\n15-1121.00\t2.A.1.b\tActive Listening\tLV\t3\tN\n"))
	require.NoError(t, err)
	r, _ := c.Role("15-1121-00")
	require.Len(t, r.Skills, 1, "the rating O*NET recommends suppressing is left out")
	assert.Equal(t, skill.Requirement{Skill: "active-listening", Level: skill.Practitioner, Essential: false,
		Text: "importance 2 of 5, level 3 of 7", Sources: []string{"onet"}}, r.Skills[0])
}

// An imported catalog written out as JSON loads back into an equal catalog
// with a Loader that allows shared names.
func TestRoundTrip(t *testing.T) {
	c, err := onet.LoadDir(release(t, "onet-29.3"))
	require.NoError(t, err)
	out, err := json.Marshal(c)
	require.NoError(t, err)
	_, err = rolemodel.Load(bytes.NewReader(out))
	assert.ErrorIs(t, err, rolemodel.ErrDuplicate, "O*NET shares alternate titles between occupations")
	again, err := rolemodel.Loader{SharedNames: true}.Load(bytes.NewReader(out))
	require.NoError(t, err)
	out2, err := json.Marshal(again)
	require.NoError(t, err)
	assert.Equal(t, string(out), string(out2))
}

// A problem in a field names its column by header and by byte position.
func TestProblemColumn(t *testing.T) {
	_, err := onet.Load(files(onet.OccupationsFile, occHeader+occRows, onet.CareerChangersFile, ccHeader+"15-1121.00\t99-9999.00\t1\n"))
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	p := ve.Problems[0]
	assert.Equal(t, rolemodel.Problem{File: onet.CareerChangersFile, Line: 2, Column: 12, Path: "Related O*NET-SOC Code",
		Message: "occupation 99-9999.00 is not in Occupation Data.txt", Kind: rolemodel.ErrReference}, p)
	assert.Equal(t, "Career Changers Matrix.txt:2:12: Related O*NET-SOC Code: occupation 99-9999.00 is not in Occupation Data.txt", p.String())
}
