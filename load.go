package rolemodel

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel/internal/decode"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// MaxFileSize is the largest catalog file Load, LoadFile and LoadFS read, in
// bytes. Larger input is refused with ErrTooLarge before it is read whole.
const MaxFileSize = 64 << 20

// document is the catalog file format: four lists, all optional, that
// several files may split between them.
type document struct {
	Sources        []role.Source         `json:"sources,omitempty" validate:"dive"`
	Skills         []skill.Skill         `json:"skills,omitempty" validate:"dive"`
	Certifications []skill.Certification `json:"certifications,omitempty" validate:"dive"`
	Roles          []role.Role           `json:"roles,omitempty" validate:"dive"`
}

// Load reads one catalog, JSON or YAML (told apart by the first significant
// character: '{' starts JSON), and validates it. Decoding is strict: an
// unknown field, a duplicate key or a value of the wrong type is a problem.
// On any problem Load returns a *ValidationError listing every problem found
// (decoding problems and rule problems together; a file that cannot be
// parsed at all stops the rule checks) and no catalog.
func Load(r io.Reader) (*Catalog, error) {
	if r == nil {
		return nil, &ValidationError{Problems: []Problem{{Message: "no input: the reader is nil", Kind: ErrEmpty}}}
	}
	data, err := readLimited(r, "")
	if err != nil {
		return nil, err
	}
	return build([]file{{name: "", data: data}})
}

// LoadFile reads the catalog in the named file, as Load does. Problems name
// the file.
func LoadFile(name string) (*Catalog, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := readLimited(f, name)
	if err != nil {
		return nil, err
	}
	return build([]file{{name: name, data: data}})
}

// LoadFS reads every file ending in .yaml, .yml or .json under the root of
// fsys, in lexical order of path, as parts of one catalog: their lists are
// joined and then validated together, so a role in one file may refer to a
// skill in another. The embedded default catalog is loaded this way.
func LoadFS(fsys fs.FS) (*Catalog, error) {
	var files []file
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		switch path.Ext(p) {
		case ".yaml", ".yml", ".json":
		default:
			return nil
		}
		f, err := fsys.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		data, err := readLimited(f, p)
		if err != nil {
			return err
		}
		files = append(files, file{name: p, data: data})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, &ValidationError{Problems: []Problem{{Message: "no .yaml, .yml or .json files found", Kind: ErrEmpty}}}
	}
	return build(files)
}

func readLimited(r io.Reader, name string) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("rolemodel: reading %s: %w", cmp.Or(name, "catalog"), err)
	}
	if n > MaxFileSize {
		return nil, &ValidationError{Problems: []Problem{{File: name, Message: fmt.Sprintf("the input is larger than %d bytes (MaxFileSize)", MaxFileSize), Kind: ErrTooLarge}}}
	}
	return buf.Bytes(), nil
}

type file struct {
	name string
	data []byte
}

// origin records which file and position in it a top-level entry came from.
type origin struct {
	file  int
	index int
}

// loader carries the state of one load: the merged document, where each
// entry came from, and the problems found so far.
type loader struct {
	files     []file
	positions []map[string]decode.Pos // per file
	doc       document
	origins   map[string][]origin // "roles" -> origin of doc.Roles[i]
	problems  []Problem
	cfg       buildConfig
}

// decodePos is a position recorded while decoding.
type decodePos = decode.Pos

func build(files []file) (*Catalog, error) {
	l := &loader{files: files, origins: map[string][]origin{}}
	unreadable := false
	for fi, f := range files {
		n, err := decode.Parse(f.data, f.name, decode.DefaultLimits)
		if err != nil {
			var de *decode.Error
			if errors.As(err, &de) {
				l.problems = append(l.problems, Problem{File: de.File, Line: de.Line, Column: de.Col, Path: de.Path, Message: de.Msg, Kind: de.Err})
				l.positions = append(l.positions, nil)
				unreadable = true
				continue
			}
			return nil, err
		}
		var part document
		res := decode.Into(n, f.name, &part)
		l.positions = append(l.positions, res.Positions)
		for _, de := range res.Errors {
			l.problems = append(l.problems, Problem{File: de.File, Line: de.Line, Column: de.Col, Path: namedPath(&part, de.Path), Message: de.Msg, Kind: de.Err})
		}
		if n.Kind != decode.Map && len(res.Errors) == 0 {
			l.problems = append(l.problems, Problem{File: f.name, Line: n.Line, Column: n.Col, Message: "expected a mapping with sources, skills, certifications and roles", Kind: ErrWrongType})
			unreadable = true
		}
		l.merge(fi, &part)
	}
	if unreadable {
		// Without a whole file, references across files cannot be checked.
		return nil, &ValidationError{Problems: l.problems}
	}
	// Check the rules even after decoding problems, so that one run reports
	// everything; but a value that failed to decode is left zero, so rules
	// at (or inside) its path would only repeat the mistake in other words.
	decoded := len(l.problems)
	c := l.validate()
	if decoded > 0 {
		kept := l.problems[:decoded]
		for _, p := range l.problems[decoded:] {
			repeat := false
			for _, d := range l.problems[:decoded] {
				if d.File == p.File && d.Path != "" && (p.Path == d.Path || strings.HasPrefix(p.Path, d.Path+".") || strings.HasPrefix(p.Path, d.Path+"[")) {
					repeat = true
					break
				}
			}
			if !repeat {
				kept = append(kept, p)
			}
		}
		l.problems = kept
	}
	if len(l.problems) > 0 {
		slices.SortStableFunc(l.problems, func(a, b Problem) int {
			if a.File != b.File {
				return strings.Compare(a.File, b.File)
			}
			return a.Line - b.Line
		})
		return nil, &ValidationError{Problems: l.problems}
	}
	return c, nil
}

func (l *loader) merge(fi int, part *document) {
	add := func(key string, n int) {
		for i := range n {
			l.origins[key] = append(l.origins[key], origin{file: fi, index: i})
		}
	}
	l.doc.Sources = append(l.doc.Sources, part.Sources...)
	add("sources", len(part.Sources))
	l.doc.Skills = append(l.doc.Skills, part.Skills...)
	add("skills", len(part.Skills))
	l.doc.Certifications = append(l.doc.Certifications, part.Certifications...)
	add("certifications", len(part.Certifications))
	l.doc.Roles = append(l.doc.Roles, part.Roles...)
	add("roles", len(part.Roles))
}

// problem records a problem at a path of the merged document ("roles[4].x"),
// locating it in its file and naming the entry by ID.
func (l *loader) problem(p string, kind error, format string, args ...any) {
	pr := Problem{Path: namedPath(&l.doc, p), Message: fmt.Sprintf(format, args...), Kind: kind}
	if coll, idx, rest, ok := splitTop(p); ok {
		if origs := l.origins[coll]; idx < len(origs) {
			o := origs[idx]
			pr.File = l.files[o.file].name
			local := fmt.Sprintf("%s[%d]%s", coll, o.index, rest)
			if pos, ok := lookupPos(l.positions[o.file], local); ok {
				pr.Line, pr.Column = pos.Line, pos.Col
			}
		}
	} else if len(l.files) == 1 {
		pr.File = l.files[0].name
	}
	l.problems = append(l.problems, pr)
}

// lookupPos finds the position of path, or of its nearest recorded parent
// (a missing field is reported where its parent is).
func lookupPos(m map[string]decode.Pos, p string) (decode.Pos, bool) {
	for {
		if pos, ok := m[p]; ok {
			return pos, true
		}
		i := strings.LastIndexAny(p, ".[")
		if i <= 0 {
			return decode.Pos{}, false
		}
		p = p[:i]
	}
}

// splitTop splits "roles[4].salaries[1]" into "roles", 4, ".salaries[1]".
func splitTop(p string) (coll string, idx int, rest string, ok bool) {
	open := strings.IndexByte(p, '[')
	end := strings.IndexByte(p, ']')
	if open <= 0 || end < open {
		return "", 0, "", false
	}
	if _, err := fmt.Sscanf(p[open+1:end], "%d", &idx); err != nil {
		return "", 0, "", false
	}
	return p[:open], idx, p[end+1:], true
}

// namedPath replaces the index of a top-level entry with its ID where it has
// one: roles[4].x becomes roles[it-director].x.
func namedPath(d *document, p string) string {
	coll, idx, rest, ok := splitTop(p)
	if !ok || idx < 0 {
		return p
	}
	var id string
	switch coll {
	case "roles":
		if idx < len(d.Roles) {
			id = string(d.Roles[idx].ID)
		}
	case "skills":
		if idx < len(d.Skills) {
			id = string(d.Skills[idx].ID)
		}
	case "certifications":
		if idx < len(d.Certifications) {
			id = string(d.Certifications[idx].ID)
		}
	case "sources":
		if idx < len(d.Sources) {
			id = d.Sources[idx].ID
		}
	}
	if id == "" || strings.ContainsAny(id, "[]. ") {
		return p
	}
	return coll + "[" + id + "]" + rest
}
