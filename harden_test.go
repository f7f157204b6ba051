package rolemodel_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
)

// oneLine asserts that an error's text is one line of at most about 4 KB
// holding no control, line-separator or bidirectional formatting
// character, whatever the input was.
func oneLine(t *testing.T, err error) {
	t.Helper()
	require.Error(t, err)
	msg := err.Error()
	assert.LessOrEqual(t, len(msg), 4096, "Error() is bounded")
	for _, r := range msg {
		if r < 0x20 || r >= 0x7f && r <= 0x9f || r == 0x2028 || r == 0x2029 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			t.Fatalf("Error() holds %U: %q", r, msg)
		}
	}
	var ve *rolemodel.ValidationError
	if errors.As(err, &ve) {
		assert.LessOrEqual(t, len(ve.Problems), rolemodel.MaxProblems)
		for _, p := range ve.Problems {
			assert.LessOrEqual(t, len(p.String()), 1300, "a problem's text is bounded")
			assert.NotContains(t, p.Path, "\n")
			assert.NotContains(t, p.Message, "\n")
		}
	}
}

// Issue 14.1: every error text is cut to a bounded size, whoever wrote it
// (the YAML parser passes an unknown alias or tag through), and one cap
// bounds the number of problems for every producer (the catalog rules had
// none: Build with 5,000 bad roles gave an Error() of hundreds of KB).
func TestErrorTextIsBounded(t *testing.T) {
	long := strings.Repeat("q", 2<<20)
	badRoles := func(n int) rolemodel.Parts {
		var p rolemodel.Parts
		for i := range n {
			p.Roles = append(p.Roles, role.Role{ID: role.ID(fmt.Sprintf("r%d", i)), Level: 200})
		}
		return p
	}
	tests := []struct {
		name string
		load func() error
		kind error
		more int
	}{
		{"a 2 MB unknown YAML alias", func() error { _, err := rolemodel.Load(strings.NewReader("roles:\n  - *" + long + "\n")); return err }, rolemodel.ErrSyntax, 0},
		{"a 2 MB YAML tag", func() error { _, err := rolemodel.Load(strings.NewReader("roles:\n  - !" + long + " x\n")); return err }, rolemodel.ErrWrongType, 0},
		{"Build with 5,000 bad roles", func() error { _, err := rolemodel.Build(badRoles(5000)); return err }, rolemodel.ErrInvalidValue, 2*5000 - 100},
		{"300 unknown keys of 10 KB", func() error {
			var b strings.Builder
			b.WriteString(`{"roles":[{"id":"a","title":"A"`)
			for i := range 300 {
				fmt.Fprintf(&b, `,"%d%s":1`, i, strings.Repeat("k", 10<<10))
			}
			b.WriteString("}]}")
			_, err := rolemodel.Load(strings.NewReader(b.String()))
			return err
		}, rolemodel.ErrUnknownField, 200},
		{"a value error quoting 1 MB", func() error {
			_, err := rolemodel.Load(strings.NewReader(`{"roles":[{"id":"a","title":"A","level":"` + strings.Repeat(`\u202e\n`, 1<<18) + `"}]}`))
			return err
		}, rolemodel.ErrInvalidValue, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.load()
			oneLine(t, err)
			assert.ErrorIs(t, err, tt.kind)
			var ve *rolemodel.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, tt.more, ve.More)
			if tt.more > 0 {
				assert.Len(t, ve.Problems, rolemodel.MaxProblems)
				assert.True(t, strings.HasSuffix(err.Error(), fmt.Sprintf(" (and %d more problems)", tt.more+rolemodel.MaxProblems-3)), err.Error())
			}
		})
	}
}

// A Problem a program builds itself is printed as safely as one of ours.
func TestProblemStringIsSafe(t *testing.T) {
	p := rolemodel.Problem{File: "a\nb.yaml", Line: 3, Path: "roles[x\x1b[31m]", Message: strings.Repeat("m\u2028", 1<<20), Kind: rolemodel.ErrSyntax}
	s := p.String()
	assert.True(t, strings.HasPrefix(s, `a\nb.yaml:3: roles[x\x1b[31m]: m\u2028m\u2028`), s)
	assert.True(t, strings.HasSuffix(s, "…"))
	assert.Less(t, len(s), 1300)
	ve := &rolemodel.ValidationError{Problems: []rolemodel.Problem{p, p, p, p}, More: 10}
	oneLine(t, ve)
	assert.True(t, strings.HasSuffix(ve.Error(), "(and 11 more problems)"), ve.Error())
}

// Issue 14.2: raw control characters in keys reached Error() through
// Problem.Path, forging log lines; and Error() with two problems was several
// lines although documented as one.
func TestErrorTextIsOneLine(t *testing.T) {
	for _, key := range []string{`x\nINFO forged`, `x\u001b[31mred`, `x\u202eevil`, `x\u0085next`, `x\u2028next`, `x\rback`} {
		t.Run(key, func(t *testing.T) {
			_, err := rolemodel.Load(strings.NewReader(`{"roles":[{"id":"a","title":"A","` + key + `":1}]}`))
			oneLine(t, err)
			var ve *rolemodel.ValidationError
			require.ErrorAs(t, err, &ve)
			require.Len(t, ve.Problems, 1)
			assert.Equal(t, "roles[a]."+strings.NewReplacer(`\u001b`, `\x1b`, `\u0085`, `\u0085`).Replace(key), ve.Problems[0].Path, "the path quotes the key escaped")
		})
	}
	_, err := rolemodel.Load(strings.NewReader("roles:\n  - {id: a, title: A, x: 1}\n  - {id: b, title: B, y: 2}\n"))
	oneLine(t, err)
	assert.Equal(t, `rolemodel: invalid catalog: 2:23: roles[a].x: unknown field "x" (did you mean "id"?); 3:23: roles[b].y: unknown field "y" (did you mean "id"?)`, err.Error())
}

// Issue 14.3: C1 controls, bidirectional formatting and line separators are
// refused in names by one rule, for every catalog however built; free text
// keeps what real data holds (C1 mojibake, U+2028) but not unclosed
// bidirectional formatting.
func TestCharactersByKindOfField(t *testing.T) {
	refused := map[string]string{
		`\u0085`:    "is required: it holds only white space", // NEL is white space
		`\u009b31m`: "the control character U+009B",
		`a\u202eb`:  "the bidirectional formatting character U+202E",
		`a\u2028b`:  "the line separator U+2028",
		`a\u2066b`:  "the bidirectional formatting character U+2066",
		`a\tb`:      "the control character U+0009",
		`a\u200fb`:  "the bidirectional formatting character U+200F",
	}
	for title, msg := range refused {
		t.Run("title "+title, func(t *testing.T) {
			_, err := rolemodel.Load(strings.NewReader(`{"roles":[{"id":"a","title":"` + title + `"}]}`))
			oneLine(t, err)
			assert.ErrorIs(t, err, rolemodel.ErrInvalidValue)
			var ve *rolemodel.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, "roles[a].title", ve.Problems[0].Path)
			assert.Contains(t, ve.Problems[0].Message, msg)
			assert.Equal(t, 1, ve.Problems[0].Line, "located in the file")

			// Build (and so the importers and Merge) applies the same rule.
			s, err := strconv.Unquote(`"` + title + `"`)
			require.NoError(t, err)
			_, err = rolemodel.Build(rolemodel.Parts{Roles: []role.Role{{ID: "a", Title: "A", Aliases: []string{s}}}})
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, "roles[a].aliases[0]", ve.Problems[0].Path)
			assert.Contains(t, ve.Problems[0].Message, msg)
		})
	}
	// Free text: what real files hold loads (ESCO's U+0080 and U+0099
	// mojibake, the DDaT framework's U+2028, a closed override).
	for _, text := range []string{"Sales \u0080 1,000", "Trade\u0099 names", "line\u2028line", "tab\tand\nbreak\r\n", "a \u202eclosed\u202c b", "\u2067isolate\u2069", "\u200fmark"} {
		_, err := rolemodel.Build(rolemodel.Parts{Roles: []role.Role{{ID: "a", Title: "A", Descriptions: []role.Statement{{Text: text}}}}})
		assert.NoError(t, err, "%q", text)
	}
	for text, msg := range map[string]string{
		"a \u202eopen":        "U+202E that is not closed by U+202C (PDF)",
		"\u2066a\u202c":       "U+2066 that is not closed by U+2069 (PDI)",
		"esc \x1b[31m":        "the control character U+001B",
		"\u202ba\u2069\u202c": "", // PDI closes only isolates; PDF closes the embedding
	} {
		_, err := rolemodel.Build(rolemodel.Parts{Roles: []role.Role{{ID: "a", Title: "A", Descriptions: []role.Statement{{Text: text}}}}})
		if msg == "" {
			assert.NoError(t, err, "%q", text)
			continue
		}
		require.Error(t, err, "%q", text)
		assert.Contains(t, err.Error(), msg)
		assert.Contains(t, err.Error(), "roles[a].descriptions[0].text")
	}
}

// Issue 14.3: names that are canonically equal Unicode are one name.
func TestCanonicallyEqualNames(t *testing.T) {
	_, err := rolemodel.Load(strings.NewReader(`{"roles":[{"id":"a","title":"é"},{"id":"b","title":"e\u0301"}]}`))
	assert.ErrorIs(t, err, rolemodel.ErrDuplicate)
	_, err = rolemodel.Load(strings.NewReader(`{"roles":[{"id":"a","title":"Café Manager","aliases":["CAFE\u0301 MANAGER"]}]}`))
	assert.ErrorIs(t, err, rolemodel.ErrDuplicate, "an alias repeating the title")
	c, err := rolemodel.Load(strings.NewReader(`{"roles":[{"id":"a","title":"Ångström Lead"}]}`))
	require.NoError(t, err)
	r, ok := c.Lookup("A\u030angstro\u0308m lead")
	assert.True(t, ok)
	assert.Equal(t, role.ID("a"), r.ID)
	r, ok = c.Lookup("\u212bngstr\u00f6m LEAD") // ANGSTROM SIGN
	assert.True(t, ok)
	assert.Equal(t, role.ID("a"), r.ID)
}

// Issue 12.2: a name of white space only is missing, like an empty one, in
// every catalog however built; so Lookup("") finds nothing.
func TestWhiteSpaceNames(t *testing.T) {
	for _, in := range []string{
		`{"roles":[{"id":"a","title":" "}]}`,
		`{"roles":[{"id":"a","title":"A","aliases":["\t"]}]}`,
		`{"roles":[{"id":"a","title":"\u3000\u00a0"}]}`,
		`{"skills":[{"id":"s","name":"  ","kind":"hard"}]}`,
		`{"families":[{"id":"f","title":"\n"}]}`,
		`{"roles":[{"id":"a","title":"A","descriptions":[{"text":" \r\n "}]}]}`,
	} {
		_, err := rolemodel.Load(strings.NewReader(in))
		require.ErrorIs(t, err, rolemodel.ErrInvalidValue, in)
		assert.Contains(t, err.Error(), "is required: it holds only white space", in)
	}
	_, err := rolemodel.Build(rolemodel.Parts{Roles: []role.Role{{ID: "a", Title: "A", Aliases: []string{"B", " \t "}}}})
	require.ErrorIs(t, err, rolemodel.ErrInvalidValue)
	assert.Contains(t, err.Error(), "roles[a].aliases[1]: is required")

	c, err := rolemodel.Load(strings.NewReader(`{"roles":[{"id":"a","title":"A","aliases":["B"]}]}`))
	require.NoError(t, err)
	_, ok := c.Lookup("")
	assert.False(t, ok)
	_, ok = c.Lookup(" \t")
	assert.False(t, ok)
	assert.Empty(t, c.LookupAll(""))
}

// Issue 14.8: a named pipe (FIFO) named like a catalog file would block a
// load forever; a missing file, a directory, a dangling symbolic link (an
// editor's lock file) and a loop of links gave raw *fs.PathErrors. Every
// one is now a problem of kind ErrUnreadable, and errors.Is still finds the
// cause from io/fs.
func TestUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644))
	}
	write("ok.yaml", "roles: [{id: a, title: A}]\n")
	require.NoError(t, os.Mkdir(filepath.Join(dir, "d.yaml"), 0o755))
	require.NoError(t, os.Symlink(filepath.Join(dir, "nowhere.yaml"), filepath.Join(dir, "dangling.yaml")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "loop.yaml"), filepath.Join(dir, "loop.yaml")))

	tests := []struct {
		name  string
		msg   string
		cause error
	}{
		{"missing.yaml", "does not exist", fs.ErrNotExist},
		{"d.yaml", "is a directory: expected a regular file", nil},
		{"dangling.yaml", "is a symbolic link to a file that does not exist", fs.ErrNotExist},
		{"loop.yaml", "is a symbolic link that cannot be followed", nil},
	}
	// Every loader of a named file reports them alike: LoadFile and
	// LoadProfileFile (which returned a raw *fs.PathError before).
	loaders := map[string]func(string) error{
		"LoadFile": func(name string) error {
			c, err := rolemodel.LoadFile(name)
			assert.Nil(t, c)
			return err
		},
		"LoadProfileFile": func(name string) error {
			p, err := rolemodel.LoadProfileFile(name)
			assert.Zero(t, p)
			return err
		},
	}
	for _, tt := range tests {
		for loader, load := range loaders {
			t.Run(loader+"/"+tt.name, func(t *testing.T) {
				err := load(filepath.Join(dir, tt.name))
				oneLine(t, err)
				assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
				assert.NotErrorIs(t, err, rolemodel.ErrInvalid, "not an invalid catalog: no catalog was read")
				if tt.cause != nil {
					assert.ErrorIs(t, err, tt.cause)
				}
				var ve *rolemodel.ValidationError
				require.ErrorAs(t, err, &ve)
				assert.Equal(t, filepath.Join(dir, tt.name), ve.Problems[0].File)
				assert.Contains(t, ve.Problems[0].Message, tt.msg)
				assert.True(t, strings.HasPrefix(err.Error(), "rolemodel: cannot read the input: "), err.Error())
			})
		}
	}

	// LoadFS reports every unreadable file with the others (a folder,
	// even one named d.yaml, is walked into), and skips hidden ones: an
	// editor's lock link, .git, .github.
	_, err := rolemodel.LoadFS(os.DirFS(dir))
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	var files []string
	for _, p := range ve.Problems {
		assert.ErrorIs(t, p.Kind, rolemodel.ErrUnreadable)
		files = append(files, p.File)
	}
	assert.Equal(t, []string{"dangling.yaml", "loop.yaml"}, files)

	lock := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(lock, "roles.yaml"), []byte("roles: [{id: a, title: A}]\n"), 0o644))
	require.NoError(t, os.Symlink("user@host.1234:1700000000", filepath.Join(lock, ".#roles.yaml")))
	require.NoError(t, os.MkdirAll(filepath.Join(lock, ".github", "workflows"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(lock, ".github", "workflows", "ci.yml"), []byte("on: push\n"), 0o644))
	c, err := rolemodel.LoadFS(os.DirFS(lock))
	require.NoError(t, err, "hidden files and folders are not parts of the catalog")
	assert.Equal(t, 1, c.NumRoles())

	// A generic file system with a file that is not regular.
	_, err = rolemodel.LoadFS(fstest.MapFS{"a.yaml": {Data: []byte("roles: []\n")}, "p.yaml": {Mode: fs.ModeNamedPipe}})
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "p.yaml: is a named pipe (FIFO): expected a regular file", ve.Problems[0].String())

	// A missing folder is reported as such.
	_, err = rolemodel.LoadFS(os.DirFS(filepath.Join(dir, "absent")))
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
}
