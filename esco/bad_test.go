package esco_test

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/role"
)

// A small download in the v1.0 layout, written in the test so that each
// case can break one thing.
const (
	occHeader = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,description\n"
	occA      = "Occupation,http://data.europa.eu/esco/occupation/aa-1,2511,ICT analyst,\"analyst\nICT  Analyst\n\n systems analyst \",analyst,Analyses systems.\n"
	occB      = "Occupation,http://data.europa.eu/esco/occupation/bb-2,2512,developer,,,Develops software.\n"
	occs      = occHeader + occA + occB // occA spans lines 2-5, occB is on line 6

	skHeader = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n"
	skS1     = "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s1,knowledge,cross-sector,SQL,,Query languages.\n"
	skS2     = "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s2,skill/competence,transversal,work as a team,,\n"
	skills   = skHeader + skS1 + skS2

	relHeader = "occupationUri,relationType,skillType,skillUri\n"
	relA1     = "http://data.europa.eu/esco/occupation/aa-1,essential,knowledge,http://data.europa.eu/esco/skill/s1\n"
	relA2     = "http://data.europa.eu/esco/occupation/aa-1,optional,skill/competence,http://data.europa.eu/esco/skill/s2\n"
	relB1     = "http://data.europa.eu/esco/occupation/bb-2,essential,knowledge,http://data.europa.eu/esco/skill/s1\n"
	rels      = relHeader + relA1 + relA2 + relB1
)

func download(occupations, skillsCSV, relations string) fstest.MapFS {
	m := fstest.MapFS{}
	for name, data := range map[string]string{"occupations_en.csv": occupations, "skills_en-us.csv": skillsCSV, "occupationSkillRelations.csv": relations} {
		if data != "" {
			m[name] = &fstest.MapFile{Data: []byte(data)}
		}
	}
	return m
}

// requireProblem asserts that err is a *rolemodel.ValidationError with a
// problem of the kind at file and line (and path, when not empty), and
// returns it.
func requireProblem(t testing.TB, err error, kind error, file string, line int, path string) rolemodel.Problem {
	t.Helper()
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	require.ErrorIs(t, err, kind)
	for _, p := range ve.Problems {
		if p.Kind == kind && p.File == file && p.Line == line && (path == "" || p.Path == path) {
			assert.NotEmpty(t, p.Message)
			return p
		}
	}
	require.Failf(t, "no such problem", "want %v in %s line %d %s; got %v", kind, file, line, path, err)
	return rolemodel.Problem{}
}

func TestSmallDownload(t *testing.T) {
	c, err := esco.Load(download(occs, skills, rels))
	require.NoError(t, err)
	a, ok := c.Role(esco.RoleID("http://data.europa.eu/esco/occupation/aa-1"))
	require.True(t, ok)
	assert.Equal(t, role.ID("esco-aa-1"), a.ID)
	assert.Equal(t, []string{"analyst", "systems analyst"}, a.Aliases, "trimmed, once each, never the title")
	assert.Len(t, a.Skills, 2)
	require.Len(t, a.Transitions, 1)
	// a: s1 essential (1), s2 optional (0.5); b: s1 essential (1).
	assert.InDelta(t, 1.0/1.5, a.Transitions[0].Index, 1e-12)
	assert.Equal(t, "lateral", a.Transitions[0].Kind)

	// Category keeps ESCO's skill type, which Kind alone loses.
	s1, ok := c.Skill(esco.SkillID("http://data.europa.eu/esco/skill/s1"))
	require.True(t, ok)
	assert.Equal(t, "knowledge (cross-sector)", s1.Category)
	s2, ok := c.Skill(esco.SkillID("http://data.europa.eu/esco/skill/s2"))
	require.True(t, ok)
	assert.Equal(t, "skill/competence (transversal)", s2.Category)

	// Without a reuse level the type stands alone.
	c, err = esco.Load(download(occs, strings.Replace(skills, "knowledge,cross-sector", "knowledge,", 1), rels))
	require.NoError(t, err)
	s1, _ = c.Skill(esco.SkillID("http://data.europa.eu/esco/skill/s1"))
	assert.Equal(t, "knowledge", s1.Category)
}

func TestLineEndings(t *testing.T) {
	want, err := esco.Load(download(occs, skills, rels))
	require.NoError(t, err)
	crlf := func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
	tests := map[string]fstest.MapFS{
		"CRLF":          download(crlf(occs), crlf(skills), crlf(rels)),
		"mixed":         download(occHeader+crlf(occA)+occB, skHeader+skS1+crlf(skS2), crlf(relHeader)+relA1+crlf(relA2)+relB1),
		"BOM":           download("\uFEFF"+occs, "\uFEFF"+skills, "\uFEFF"+rels),
		"no final EOL":  download(strings.TrimSuffix(occs, "\n"), strings.TrimSuffix(skills, "\n"), strings.TrimSuffix(rels, "\n")),
		"BOM and CRLF":  download("\uFEFF"+crlf(occs), skills, rels),
		"other columns": download("extra,"+strings.ReplaceAll(occs, "\nOccupation", "\nx,Occupation"), skills, rels),
	}
	for name, fsys := range tests {
		t.Run(name, func(t *testing.T) {
			c, err := esco.Load(fsys)
			require.NoError(t, err)
			assert.Equal(t, slices.Collect(want.Roles()), slices.Collect(c.Roles()))
			assert.Equal(t, slices.Collect(want.Skills()), slices.Collect(c.Skills()))
		})
	}
}

func TestBadInput(t *testing.T) {
	const (
		occFile = "occupations_en.csv"
		skFile  = "skills_en-us.csv"
		relFile = "occupationSkillRelations.csv"
	)
	tests := []struct {
		name string
		fsys fstest.MapFS
		kind error
		file string
		line int
		path string
	}{
		{"truncated row", download(occs+"Occupation,http://data.europa.eu/esco/occupation/cc,2511\n", "", ""), rolemodel.ErrSyntax, occFile, 7, ""},
		{"extra field", download(occHeader+occB+strings.Replace(occB, "\n", ",x\n", 1), "", ""), rolemodel.ErrSyntax, occFile, 3, ""},
		{"cut short at the end", download(occs[:len(occs)-20], "", ""), rolemodel.ErrSyntax, occFile, 6, ""},
		{"missing column", download(strings.Replace(occs, "preferredLabel", "prefLabel", 1), "", ""), rolemodel.ErrInvalidValue, occFile, 1, "preferredLabel"},
		{"missing relation column", download(occs, skills, strings.Replace(rels, "skillUri", "skill", 1)), rolemodel.ErrInvalidValue, relFile, 1, "skillUri"},
		{"column twice", download(strings.Replace(occs, "hiddenLabels", "altLabels", 1), "", ""), rolemodel.ErrDuplicate, occFile, 1, "altLabels"},
		{"quote in unquoted field", download(occHeader+occB+"Occupation,http://x.org/o/c\"c,2511,a,,,b\n", "", ""), rolemodel.ErrSyntax, occFile, 3, ""},
		{"text after closing quote", download(occHeader+occB+"Occupation,\"http://x.org/o/cc\"x,2511,a,,,b\n", "", ""), rolemodel.ErrSyntax, occFile, 3, ""},
		{"unterminated quote", download(occHeader+occB+"Occupation,http://x.org/o/cc,2511,a,\"never closed,,b\n", "", ""), rolemodel.ErrSyntax, occFile, 3, ""},
		{"invalid UTF-8", download(occHeader+occB+"Occupation,http://x.org/o/cc,2511,caf\xe9,,,b\n", "", ""), rolemodel.ErrSyntax, occFile, 3, "preferredLabel"},
		{"invalid UTF-8 after a multi-line field", download(occHeader+occA+"Occupation,http://x.org/o/cc,2511,ok,,,\xff\n", "", ""), rolemodel.ErrSyntax, occFile, 6, "description"},
		{"invalid UTF-8 in header", download("conceptUri,preferredLabel\xff\n", "", ""), rolemodel.ErrSyntax, occFile, 1, ""},
		{"empty file", fstest.MapFS{occFile: {}}, rolemodel.ErrEmpty, occFile, 1, ""},
		{"duplicate occupation", download(occs+occB, "", ""), rolemodel.ErrDuplicate, occFile, 7, "conceptUri"},
		{"same ID from two URIs", download(occs+strings.Replace(occB, "http://data.europa.eu", "https://example.org", 1), "", ""), rolemodel.ErrDuplicate, occFile, 7, "conceptUri"},
		{"duplicate skill", download(occs, skills+skS1, ""), rolemodel.ErrDuplicate, skFile, 4, "conceptUri"},
		{"duplicate relation", download(occs, skills, rels+relA1), rolemodel.ErrDuplicate, relFile, 5, ""},
		{"duplicate relation, other type", download(occs, skills, rels+strings.Replace(relA1, "essential", "optional", 1)), rolemodel.ErrDuplicate, relFile, 5, ""},
		{"unknown occupation", download(occs, skills, rels+strings.Replace(relA1, "aa-1", "zz-9", 1)), rolemodel.ErrReference, relFile, 5, "occupationUri"},
		{"unknown skill", download(occs, skills, relHeader+relA1+strings.Replace(relB1, "/s1", "/s9", 1)), rolemodel.ErrReference, relFile, 3, "skillUri"},
		{"relations without skills", download(occs, "", rels), rolemodel.ErrReference, relFile, 0, ""},
		{"bad relation type", download(occs, skills, rels+strings.Replace(relA1, "essential", "required", 1)), rolemodel.ErrInvalidValue, relFile, 5, "relationType"},
		{"bad skill type", download(occs, skills+strings.Replace(strings.Replace(skS1, "knowledge", "attitude", 1), "/s1", "/s3", 1), ""), rolemodel.ErrInvalidValue, skFile, 4, "skillType"},
		{"empty URI", download(occHeader+"Occupation,,2511,a,,,b\n", "", ""), rolemodel.ErrInvalidValue, occFile, 2, "conceptUri"},
		{"URI not http", download(occHeader+"Occupation,data.europa.eu/esco/occupation/x,2511,a,,,b\n", "", ""), rolemodel.ErrInvalidValue, occFile, 2, "conceptUri"},
		{"URI without a slug", download(occHeader+"Occupation,http://x.org/o/%%%/,2511,a,,,b\n", "", ""), rolemodel.ErrInvalidValue, occFile, 2, "conceptUri"},
		{"URI too long for an ID", download(occHeader+"Occupation,http://x.org/o/"+strings.Repeat("a", 120)+",2511,a,,,b\n", "", ""), rolemodel.ErrInvalidValue, occFile, 2, "conceptUri"},
		{"empty label", download(occHeader+"Occupation,http://x.org/o/c,2511,  ,,,b\n", "", ""), rolemodel.ErrInvalidValue, occFile, 2, "preferredLabel"},
		{"bad ISCO code", download(occHeader+"Occupation,http://x.org/o/c,25x1,a,,,b\n", "", ""), rolemodel.ErrInvalidValue, occFile, 2, "iscoGroup"},
		{"label too long", download(occHeader+"Occupation,http://x.org/o/c,2511,a,"+strings.Repeat("b", 201)+",,b\n", "", ""), rolemodel.ErrInvalidValue, occFile, 2, "altLabels"},
		{"title too long", download(occHeader+"Occupation,http://x.org/o/c,2511,"+strings.Repeat("b", 201)+",,,b\n", "", ""), rolemodel.ErrInvalidValue, occFile, 2, "preferredLabel"},
		{"skill description too long", download(occs, skHeader+strings.Replace(skS1, "Query languages.", strings.Repeat("q", 4001), 1), ""), rolemodel.ErrInvalidValue, skFile, 2, "description"},
		{"too large", download(occs, "", ""), rolemodel.ErrTooLarge, occFile, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := []esco.Option{esco.Strict()}
			if tt.kind == rolemodel.ErrTooLarge {
				opts = append(opts, esco.MaxFileSize(int64(len(occs)-1)))
			}
			c, err := esco.Load(tt.fsys, opts...)
			assert.Nil(t, c, "no catalog on error")
			requireProblem(t, err, tt.kind, tt.file, tt.line, tt.path)
		})
	}
}

// bigFS holds one occupations file whose Stat reports size and whose
// content is a header followed by endless bytes of one field. It counts what
// is read.
type bigFS struct {
	size int64
	read *int64
}

func (b bigFS) Open(name string) (fs.File, error) {
	if name != "occupations_en.csv" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &bigFile{size: b.size, read: b.read, r: io.MultiReader(strings.NewReader(occHeader+"Occupation,"), endless{})}, nil
}

type bigFile struct {
	size int64
	read *int64
	r    io.Reader
}

func (f *bigFile) Stat() (fs.FileInfo, error) { return bigInfo{f.size}, nil }
func (f *bigFile) Close() error               { return nil }
func (f *bigFile) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	*f.read += int64(n)
	return n, err
}

type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

type bigInfo struct{ size int64 }

func (i bigInfo) Name() string       { return "occupations_en.csv" }
func (i bigInfo) Size() int64        { return i.size }
func (i bigInfo) Mode() fs.FileMode  { return 0o444 }
func (i bigInfo) ModTime() time.Time { return time.Time{} }
func (i bigInfo) IsDir() bool        { return false }
func (i bigInfo) Sys() any           { return nil }

func TestFileSizeLimit(t *testing.T) {
	t.Run("stat says 1 GB", func(t *testing.T) {
		var read int64
		c, err := esco.Load(bigFS{size: 1 << 30, read: &read})
		assert.Nil(t, c)
		p := requireProblem(t, err, rolemodel.ErrTooLarge, "occupations_en.csv", 0, "")
		assert.Contains(t, p.Message, "1073741824")
		assert.Zero(t, read, "refused without reading")
	})
	t.Run("stat lies, the bytes never end", func(t *testing.T) {
		var read int64
		const limit = 1 << 20
		c, err := esco.Load(bigFS{size: 100, read: &read}, esco.MaxFileSize(limit))
		assert.Nil(t, c)
		requireProblem(t, err, rolemodel.ErrTooLarge, "occupations_en.csv", 0, "")
		assert.LessOrEqual(t, read, int64(limit+1), "reads stop at the limit")
	})
	t.Run("default is the root limit", func(t *testing.T) {
		var read int64
		_, err := esco.Load(bigFS{size: rolemodel.MaxFileSize + 1, read: &read})
		requireProblem(t, err, rolemodel.ErrTooLarge, "occupations_en.csv", 0, "")
		_, err = esco.Load(bigFS{size: rolemodel.MaxFileSize, read: &read}, esco.MaxFileSize(1<<16))
		requireProblem(t, err, rolemodel.ErrTooLarge, "occupations_en.csv", 0, "")
	})
	t.Run("hierarchy", func(t *testing.T) {
		_, err := esco.ReadHierarchy(fstest.MapFS{"ISCOGroups_en.csv": {Data: make([]byte, 100)}}, esco.MaxFileSize(99))
		requireProblem(t, err, rolemodel.ErrTooLarge, "ISCOGroups_en.csv", 0, "")
	})
	t.Run("zero or negative means the default", func(t *testing.T) {
		for _, n := range []int64{0, -1, -1 << 40} {
			c, err := esco.Load(download(occs, skills, rels), esco.MaxFileSize(n))
			require.NoError(t, err, "MaxFileSize(%d)", n)
			assert.Equal(t, 2, c.NumRoles())
			_, err = esco.ReadHierarchy(os.DirFS("testdata/v1.0"), esco.MaxFileSize(n))
			require.NoError(t, err, "MaxFileSize(%d)", n)

			var read int64
			_, err = esco.Load(bigFS{size: rolemodel.MaxFileSize + 1, read: &read}, esco.MaxFileSize(n))
			requireProblem(t, err, rolemodel.ErrTooLarge, "occupations_en.csv", 0, "")
			assert.Zero(t, read)
		}
	})
}

// A file of many bad rows gives a bounded list of problems.
func TestManyProblems(t *testing.T) {
	var b strings.Builder
	b.WriteString(occHeader)
	for range 1000 {
		b.WriteString("Occupation,,1,a,,,b\n")
	}
	_, err := esco.Load(download(b.String(), "", ""))
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve.Problems, rolemodel.MaxProblems, "a hundred listed")
	assert.Equal(t, 900, ve.More, "the rest counted")
	assert.True(t, errors.Is(err, rolemodel.ErrInvalidValue))
	assert.Equal(t, 101, ve.Problems[99].Line, "the hundredth bad row")
	assert.True(t, strings.HasSuffix(err.Error(), " (and 997 more problems)"), err.Error())

	// Exactly a hundred: nothing is left over to count.
	_, err = esco.Load(download(occHeader+strings.Repeat("Occupation,,1,a,,,b\n", 100), "", ""))
	require.ErrorAs(t, err, &ve)
	assert.Len(t, ve.Problems, 100)
	assert.Zero(t, ve.More)

	// Problems of every file are counted.
	_, err = esco.Load(download(occs, skHeader+strings.Repeat("KnowledgeSkillCompetence,,knowledge,x,a,,\n", 150), strings.Repeat("x", 10)))
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve.Problems, 100)
	assert.Equal(t, 53, ve.More, "50 skills and the three columns the relations file's header lacks")

	_, err = esco.ReadHierarchy(fstest.MapFS{"ISCOGroups_en.csv": {Data: []byte("conceptUri,code,preferredLabel\n" + strings.Repeat("u,x,l\n", 250))}})
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve.Problems, 100)
	assert.Equal(t, 150, ve.More)
}

// The second row with an ID is reported even when the first was refused.
func TestDuplicateAfterBadRow(t *testing.T) {
	bad := "Occupation,http://x.org/o/c,25x1,a,,,b\n"
	_, err := esco.Load(download(occHeader+bad+bad, "", ""))
	requireProblem(t, err, rolemodel.ErrInvalidValue, "occupations_en.csv", 2, "iscoGroup")
	requireProblem(t, err, rolemodel.ErrDuplicate, "occupations_en.csv", 3, "conceptUri")
}

// A file that cannot be read is reported once, not again through every
// relation that refers to it.
func TestUnreadableFileReportedOnce(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"skills":      download(occs, strings.Replace(skills, "skillType", "type", 1), rels),
		"occupations": download(strings.Replace(occs, "conceptUri", "uri", 1), skills, rels),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := esco.Load(fsys)
			var ve *rolemodel.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.Len(t, ve.Problems, 1, "%v", err)
			assert.ErrorIs(t, err, rolemodel.ErrInvalidValue)
		})
	}
}
