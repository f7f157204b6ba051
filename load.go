package rolemodel

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"

	"github.com/rolemodel/rolemodel/internal/decode"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/problem"
)

// DefaultMaxFileSize is the largest catalog file Load, LoadFile and LoadFS
// read, in bytes, unless a Loader's MaxFileSize says otherwise. Larger
// input is refused with ErrTooLarge before it is read whole. Every importer
// has a DefaultMaxFileSize and a MaxFileSize option of the same meaning.
const DefaultMaxFileSize = 64 << 20

// MaxFileSize is DefaultMaxFileSize.
//
// Deprecated: use DefaultMaxFileSize, the name every importer uses.
const MaxFileSize = DefaultMaxFileSize

// The other limits a load applies unless a Loader says otherwise.
const (
	// DefaultMaxDepth is the deepest nesting of mappings and lists a file
	// may have. The catalog format needs six levels.
	DefaultMaxDepth = 64
	// DefaultMaxValues is the most values (scalars, mappings and lists) one
	// file may hold: twice the O*NET 29.3 catalog written out from every
	// file of the release (942,931 values, 20 MB of JSON), ten times ESCO's
	// occupations and skills. A file at the limit
	// (400,000 roles of an ID and a title each) takes about 2 s to load and
	// a peak heap of about 0.5 GB; a file with more is refused as the
	// parser reaches the limit (RELIABILITY.md has the measurements).
	DefaultMaxValues = 2_000_000
	// DefaultMaxAliasValues is the most values YAML aliases may expand to
	// in one file, counting every use of an alias afresh: the limit that
	// stops a "billion laughs" document.
	DefaultMaxAliasValues = 100_000
)

// Loader reads catalogs as Load, LoadFile and LoadFS do, with other limits
// or rules. The zero Loader applies the defaults; a field that is zero or
// negative means its default.
//
// Every limit is checked while reading, before the work it bounds: a file
// larger than MaxFileSize is refused before it is read whole (before it is
// opened for reading, where its size is known), and a file with more values
// or deeper nesting is refused as soon as the parser meets the excess. A
// refused input is a *ValidationError of kind ErrTooLarge.
type Loader struct {
	// MaxFileSize is the largest file read, in bytes (default
	// DefaultMaxFileSize).
	MaxFileSize int64
	// MaxDepth is the deepest nesting accepted (default DefaultMaxDepth).
	MaxDepth int
	// MaxValues is the most values one file may hold (default
	// DefaultMaxValues).
	MaxValues int
	// MaxAliasValues is the most values YAML aliases may expand to in one
	// file (default DefaultMaxAliasValues).
	MaxAliasValues int
	// SharedNames lets several roles share a title or alias, as the
	// SharedNames option of Build does. A catalog built that way, such as
	// one imported by package onet or esco, loads back from its MarshalJSON
	// output only with SharedNames set.
	SharedNames bool
}

func (l Loader) maxFileSize() int64 {
	if l.MaxFileSize <= 0 {
		return DefaultMaxFileSize
	}
	return l.MaxFileSize
}

func (l Loader) limits() decode.Limits {
	pos := func(v, def int) int {
		if v <= 0 {
			return def
		}
		return v
	}
	return decode.Limits{
		MaxDepth:      pos(l.MaxDepth, DefaultMaxDepth),
		MaxNodes:      pos(l.MaxValues, DefaultMaxValues),
		MaxAliasNodes: pos(l.MaxAliasValues, DefaultMaxAliasValues),
	}
}

// document is the catalog file format, as decoded.
type document = Parts

// Load reads one catalog, JSON or YAML (told apart by the first significant
// character: '{' starts JSON), and validates it. Decoding is strict: an
// unknown field, a duplicate key or a value of the wrong type is a problem.
// On any problem Load returns a *ValidationError listing every problem found
// (decoding problems and rule problems together; a file that cannot be
// parsed at all stops the rule checks) and no catalog.
func Load(r io.Reader) (*Catalog, error) { return Loader{}.Load(r) }

// LoadFile reads the catalog in the named file, as Load does. Problems name
// the file. A file that cannot be read (it does not exist, is a directory
// or a named pipe, is a symbolic link to nothing) is a problem of kind
// ErrUnreadable: only regular files are read, and a named pipe is refused
// without blocking.
func LoadFile(name string) (*Catalog, error) { return Loader{}.LoadFile(name) }

// LoadFS reads every file ending in .yaml, .yml or .json under the root of
// fsys, in lexical order of path, as parts of one catalog: their lists are
// joined and then validated together, so a role in one file may refer to a
// skill in another. The embedded default catalog is loaded this way.
//
// Files and folders whose names begin with "." are skipped: an editor's
// lock file (.#roles.yaml), .git, .github. Any other file with one of the
// extensions that cannot be read (a named pipe, a symbolic link to
// nothing, a directory named roles.yaml) is a problem of kind
// ErrUnreadable, reported with every other problem of the load.
func LoadFS(fsys fs.FS) (*Catalog, error) { return Loader{}.LoadFS(fsys) }

// Load is the package's Load with l's limits and rules.
func (l Loader) Load(r io.Reader) (*Catalog, error) {
	if r == nil {
		return nil, &ValidationError{Problems: []Problem{{Message: "no input: the reader is nil", Kind: ErrEmpty}}}
	}
	data, err := l.read(r, "")
	if err != nil {
		return nil, err
	}
	return l.build([]file{{name: "", data: data}})
}

// LoadFile is the package's LoadFile with l's limits and rules.
func (l Loader) LoadFile(name string) (*Catalog, error) {
	data, err := limitio.ReadOSFile(name, l.maxFileSize())
	if err != nil {
		return nil, l.ioProblem(err)
	}
	return l.build([]file{{name: name, data: data}})
}

// LoadFS is the package's LoadFS with l's limits and rules.
func (l Loader) LoadFS(fsys fs.FS) (*Catalog, error) {
	if fsys == nil {
		return nil, &ValidationError{Problems: []Problem{{Message: "no input: the file system is nil", Kind: ErrEmpty}}}
	}
	var files []file
	var unread problem.List
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if p != "." && strings.HasPrefix(path.Base(p), ".") {
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if err != nil {
			unread.Add(readProblem(limitio.Fail(p, err)))
			return nil
		}
		if d.IsDir() {
			return nil
		}
		switch path.Ext(p) {
		case ".yaml", ".yml", ".json":
		default:
			return nil
		}
		data, err := limitio.ReadFile(fsys, p, l.maxFileSize())
		if err != nil {
			unread.Add(readProblem(err))
			return nil
		}
		files = append(files, file{name: p, data: data})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if unread.Count() > 0 {
		return nil, invalid(&unread)
	}
	if len(files) == 0 {
		return nil, &ValidationError{Problems: []Problem{{Message: "no .yaml, .yml or .json files found", Kind: ErrEmpty}}}
	}
	return l.build(files)
}

// read reads all of r, up to the size limit. A file that states its size is
// refused before any of it is read.
func (l Loader) read(r io.Reader, name string) ([]byte, error) {
	limit := l.maxFileSize()
	data, _, err := limitio.ReadAll(r, limit)
	if errors.Is(err, limitio.ErrTooLarge) {
		return nil, &ValidationError{Problems: []Problem{{File: name, Message: fmt.Sprintf("the input is larger than %d bytes (the Loader's MaxFileSize)", limit), Kind: ErrTooLarge}}}
	}
	if err != nil {
		return nil, l.ioProblem(limitio.Fail(name, err))
	}
	return data, nil
}

// ioProblem is the *ValidationError every loader gives for a file it
// cannot read (see limitio.Error).
func (l Loader) ioProblem(err error) *ValidationError {
	return &ValidationError{Problems: []Problem{Problem(readProblem(err))}}
}

// readProblem is the problem of a failure to read a file.
func readProblem(err error) problem.Problem {
	var e *limitio.Error
	if !errors.As(err, &e) {
		e = limitio.Fail("", err)
	}
	p := e.Problem()
	if errors.Is(e.Err, limitio.ErrTooLarge) {
		p.Message += " (the Loader's MaxFileSize)"
	}
	return p
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

// place is where an entry was defined: a file, and the line and column of
// the entry in it (0 when not known).
type place struct {
	file      string
	line, col int
}

// String returns "file:line:col", leaving out what is not known, or "" for
// no file.
func (p place) String() string {
	switch {
	case p.file == "":
		return ""
	case p.line == 0:
		return p.file
	case p.col == 0:
		return fmt.Sprintf("%s:%d", p.file, p.line)
	}
	return fmt.Sprintf("%s:%d:%d", p.file, p.line, p.col)
}

// placed are the collections whose entries' places a catalog keeps: those
// Merge may find defined twice.
var placed = [...]int{cFamilies, cLadders, cGrades, cRoles}

// places returns where each family, ladder, grade and role of the merged
// document was defined, by ID, for the entries read from named files.
func (l *loader) places() (out [numCollections]map[string]place) {
	for _, ci := range placed {
		coll := collections[ci]
		for i, o := range l.origins[coll.key] {
			name := l.files[o.file].name
			if name == "" || i >= coll.len(&l.doc) {
				continue
			}
			at := place{file: name}
			if res := l.positions[o.file]; res != nil {
				if pos, ok := lookupPos(res, fmt.Sprintf("%s[%d]", coll.key, o.index)); ok {
					at.line, at.col = pos.Line, pos.Col
				}
			}
			if out[ci] == nil {
				out[ci] = map[string]place{}
			}
			out[ci][coll.id(&l.doc, i)] = at
		}
	}
	return out
}

// loader carries the state of one load: the merged document, where each
// entry came from, and the problems found so far.
type loader struct {
	files     []file
	positions []*decode.Result // per file: where each path is
	doc       document
	origins   map[string][]origin // "roles" -> origin of doc.Roles[i]
	list      problem.List
	// failed holds the file and path of each value that failed to
	// decode: it was left zero, so a rule at (or inside) its path would
	// only repeat the mistake in other words.
	failed []problem.Problem
	cfg    buildConfig
	// located holds the problems placed by cfg.locate, to report each
	// once.
	located map[problem.Problem]bool
}

// decodeResult is what decoding learned of one file.
type decodeResult = decode.Result

func (ld Loader) build(files []file) (*Catalog, error) {
	l := &loader{files: files, origins: map[string][]origin{}, cfg: buildConfig{sharedNames: ld.SharedNames}}
	lim := ld.limits()
	unreadable, uncounted := false, false
	for fi, f := range files {
		n, err := decode.Parse(f.data, f.name, lim)
		if err != nil {
			var de *decode.Error
			if errors.As(err, &de) {
				l.list.Add(problem.Problem{File: de.File, Line: de.Line, Column: de.Col, Path: de.Path, Message: de.Msg, Kind: de.Err})
				l.positions = append(l.positions, nil)
				unreadable = true
				continue
			}
			return nil, err
		}
		var part document
		res := decode.Into(n, f.name, &part)
		l.positions = append(l.positions, res)
		for _, de := range res.Errors {
			p := problem.Problem{File: de.File, Line: de.Line, Column: de.Col, Path: namedPath(&part, de.Path), Message: de.Msg, Kind: de.Err}.Clean()
			l.list.Add(p)
			if p.Path != "" {
				l.failed = append(l.failed, p)
			}
		}
		l.list.Skip(res.More)
		uncounted = uncounted || res.More > 0
		if n.Kind() != decode.Map && len(res.Errors) == 0 {
			at := n.Pos()
			l.list.Add(problem.Problem{File: f.name, Line: at.Line, Column: at.Col, Message: "expected a mapping with " + keys(), Kind: ErrWrongType})
			unreadable = true
		}
		l.merge(fi, &part)
	}
	if unreadable || uncounted {
		// Without a whole file, references across files cannot be checked;
		// past the cap, the rules could not tell which of their problems
		// repeat a decoding problem.
		return nil, invalid(&l.list)
	}
	// Check the rules even after decoding problems, so that one run reports
	// everything.
	c := l.validate()
	if l.list.Count() > 0 {
		l.list.Sort()
		return nil, invalid(&l.list)
	}
	return c, nil
}

func (l *loader) merge(fi int, part *document) {
	for _, c := range collections {
		c.appendAll(&l.doc, part)
		for i := range c.len(part) {
			l.origins[c.key] = append(l.origins[c.key], origin{file: fi, index: i})
		}
	}
}

// problem records a problem at a path of the merged document ("roles[4].x"),
// locating it in its file and naming the entry by ID.
func (l *loader) problem(p string, kind error, format string, args ...any) {
	pr := problem.Problem{Path: namedPath(&l.doc, p), Kind: kind}
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
	if l.repeats(pr) {
		return
	}
	if l.cfg.locate != nil {
		if at, ok := l.cfg.locate(p); ok {
			pr.File, pr.Line, pr.Column, pr.Path = at.File, at.Line, at.Column, at.Path
			pr.Message = fmt.Sprintf(format, args...)
			key := pr.Clean()
			key.Kind = nil // kinds may not be comparable
			if l.located[key] {
				return
			}
			if l.located == nil {
				l.located = map[problem.Problem]bool{}
			}
			l.located[key] = true
			l.list.Add(pr)
			return
		}
	}
	if l.list.Full() {
		l.list.Skip(1) // not formatted: nobody will read it
		return
	}
	pr.Message = fmt.Sprintf(format, args...)
	l.list.Add(pr)
}

// repeats reports whether a rule problem is at or inside a value of the
// same file that failed to decode.
func (l *loader) repeats(p problem.Problem) bool {
	if len(l.failed) == 0 {
		return false
	}
	path := problem.Text(p.Path, problem.MaxPath)
	for _, d := range l.failed {
		if d.File == p.File && (path == d.Path || strings.HasPrefix(path, d.Path+".") || strings.HasPrefix(path, d.Path+"[")) {
			return true
		}
	}
	return false
}

// lookupPos finds the position of path, or of its nearest recorded parent
// (a missing field is reported where its parent is).
func lookupPos(res *decode.Result, p string) (decode.Pos, bool) {
	for {
		if pos, ok := res.Pos(p); ok {
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
	if c, ok := collectionOf(coll); ok && idx < c.len(d) {
		id = c.id(d, idx)
	}
	if id == "" || len(id) > 120 || strings.ContainsAny(id, "[]. ") || strings.ContainsFunc(id, problem.Unsafe) {
		return p // not an ID a reader could use: the index says more
	}
	return coll + "[" + id + "]" + rest
}
