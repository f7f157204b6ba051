// Package decode reads catalog files, JSON or YAML, into Go values strictly:
// unknown fields, duplicate keys and wrong types are errors that name the
// file, line, column and field path. It is the one place the module parses
// YAML, so that every format gets the same rules.
//
// Parse reads a document into one compact tree, whatever its syntax: JSON
// by the package's own scanner (RFC 8259, checked against encoding/json by
// FuzzJSON), YAML through go.yaml.in/yaml/v3's node tree. Into then decodes
// the tree into Go values. The tree keeps a JSON value's byte offset, not
// its line and column: those are worked out only for a value a problem
// names.
package decode

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// The sentinels an *Error unwraps to: the kinds of internal/problem.
var (
	ErrSyntax       = problem.ErrSyntax
	ErrDuplicateKey = problem.ErrDuplicateKey
	ErrUnknownField = problem.ErrUnknownField
	ErrType         = problem.ErrType
	ErrValue        = problem.ErrValue
	ErrEmpty        = problem.ErrEmpty
	ErrLimit        = problem.ErrLimit
)

// Error is one problem found while decoding, with its position.
type Error struct {
	File string
	Line int // 1-based; 0 when unknown
	Col  int // 1-based; 0 when unknown
	Path string
	Msg  string
	Err  error // one of the sentinels above
}

func (e *Error) Error() string { return Format(e.File, e.Line, e.Col, e.Path, e.Msg) }

// Format writes a located message as file:line:col: path: message, leaving
// out the parts that are not known, on one line of bounded length
// (problem.Format).
func Format(file string, line, col int, path, msg string) string {
	return problem.Format(file, line, col, path, msg)
}

func (e *Error) Unwrap() error { return e.Err }

// Kind is the kind of a Node.
type Kind uint8

// The node kinds, shared by JSON and YAML.
const (
	Null Kind = iota
	Bool
	Number
	String
	Map
	Seq
)

func (k Kind) String() string {
	return [...]string{"null", "a boolean", "a number", "a string", "a mapping", "a list"}[k]
}

// Pos is a position in a file: a 1-based line and a 1-based column counted
// in characters (runes).
type Pos struct{ Line, Col int }

// Node is one value of a parsed document, independent of the syntax it
// came from: a handle on the document's tree.
type Node struct {
	d *doc
	i int32
}

// Kind returns the node's kind.
func (n *Node) Kind() Kind { return n.d.at(n.i).kind }

// Pos returns the node's position in its file.
func (n *Node) Pos() Pos { return n.d.pos(n.i) }

// Text returns a scalar's text as written, unescaped (a number keeps its
// digits; a boolean is "true" or "false"), and "" for null, a mapping or a
// list.
func (n *Node) Text() string {
	nd := n.d.at(n.i)
	switch nd.kind {
	case Bool, Number, String:
		return n.d.str(nd)
	}
	return ""
}

// Len returns the number of items of a list or pairs of a mapping, and 0
// for a scalar.
func (n *Node) Len() int {
	nd := n.d.at(n.i)
	switch nd.kind {
	case Seq:
		return int(nd.b)
	case Map:
		return int(nd.b / 2)
	}
	return 0
}

// Item returns item i of a list.
func (n *Node) Item(i int) *Node {
	nd := n.d.at(n.i)
	if nd.kind != Seq || i < 0 || i >= int(nd.b) {
		panic("decode: Item out of range")
	}
	return &Node{n.d, nd.a + int32(i)}
}

// Pair returns pair i of a mapping: its key, the key's position and its
// value.
func (n *Node) Pair(i int) (key string, at Pos, value *Node) {
	nd := n.d.at(n.i)
	if nd.kind != Map || i < 0 || 2*i >= int(nd.b) {
		panic("decode: Pair out of range")
	}
	k := nd.a + 2*int32(i)
	return n.d.str(n.d.at(k)), n.d.pos(k), &Node{n.d, k + 1}
}

// Limits bound what a document may cost to read.
type Limits struct {
	// MaxDepth is the deepest nesting of mappings and lists accepted.
	MaxDepth int
	// MaxNodes is the most values a document may hold.
	MaxNodes int
	// MaxAliasNodes is the most values YAML aliases may expand to in all,
	// counting each use of an alias afresh: this is what stops a
	// "billion laughs" document.
	MaxAliasNodes int
}

// DefaultLimits are generous for hand-written catalogs and still bounded.
var DefaultLimits = Limits{MaxDepth: 64, MaxNodes: 20_000_000, MaxAliasNodes: 100_000}

// maxInput is the largest input Parse reads: offsets are 32-bit.
const maxInput = math.MaxInt32

// Parse reads data as JSON when its first significant byte is '{' or '[',
// and as YAML otherwise. file names the input in errors. The tree it
// returns refers to data, which must not change while the tree is used.
func Parse(data []byte, file string, lim Limits) (*Node, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(data) > maxInput {
		return nil, &Error{File: file, Msg: fmt.Sprintf("the input is larger than %d bytes", maxInput), Err: ErrLimit}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{File: file, Line: 1, Col: 1, Msg: "the input is empty: expected a catalog with sources, skills, certifications and roles", Err: ErrEmpty}
	}
	if !utf8.Valid(data) {
		off := invalidUTF8(data)
		l, c := position(data, off)
		return nil, &Error{File: file, Line: l, Col: c, Msg: "the input is not valid UTF-8 text", Err: ErrSyntax}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		l, c := position(data, i)
		return nil, &Error{File: file, Line: l, Col: c, Msg: "the input contains a NUL byte: expected text", Err: ErrSyntax}
	}
	// Keys and values are at most two nodes per value; keep the count
	// within the tree's 32-bit indexes.
	lim.MaxNodes = min(lim.MaxNodes, math.MaxInt32/2-1)
	if t := bytes.TrimLeft(data, " \t\r\n"); t[0] == '{' || t[0] == '[' {
		return parseJSON(data, file, lim)
	}
	return parseYAML(data, file, lim)
}

func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// position converts a byte offset into a 1-based line and column (in runes)
// by counting from the start: for a one-off position before a tree exists.
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	line = 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}

// ---- the tree ----

// node is one value or key of a document, in the document's flat storage.
type node struct {
	kind Kind
	// esc marks a JSON string holding escapes: its text is unescaped
	// when read.
	esc bool
	// A scalar's text is data[a:b] (JSON) or strs[a] (YAML). A
	// container's b children are nodes a to a+b-1; a mapping's are its
	// keys and values in turn.
	a, b int32
	// The node's position: for JSON its byte offset in data (off), for
	// YAML its line (off) and column (col).
	off, col int32
}

const (
	chunkBits = 12
	chunkSize = 1 << chunkBits
)

// doc is a parsed document: its nodes, in chunks so that the storage never
// moves as it grows, and what their text and positions refer to.
type doc struct {
	chunks [][]node
	n      int32    // nodes stored
	data   []byte   // JSON: the input
	json   bool     // whether positions are byte offsets into data
	strs   []string // YAML: the text of scalars and keys
	lines  *lineIndex
}

func (d *doc) at(i int32) *node { return &d.chunks[i>>chunkBits][i&(chunkSize-1)] }

// store appends ns to the storage and returns the index of the first.
func (d *doc) store(ns []node) int32 {
	first := d.n
	for len(ns) > 0 {
		c := int(d.n >> chunkBits)
		if c == len(d.chunks) {
			d.chunks = append(d.chunks, make([]node, chunkSize))
		}
		k := copy(d.chunks[c][d.n&(chunkSize-1):], ns)
		ns = ns[k:]
		d.n += int32(k)
	}
	return first
}

// str returns the text of a scalar or key.
func (d *doc) str(nd *node) string {
	if !d.json {
		return d.strs[nd.a]
	}
	if nd.esc {
		return string(unescape(d.data[nd.a:nd.b]))
	}
	return string(d.data[nd.a:nd.b])
}

// raw returns the text of a scalar or key as bytes, which the caller must
// not change or keep.
func (d *doc) raw(nd *node) []byte {
	if !d.json {
		return []byte(d.strs[nd.a])
	}
	if nd.esc {
		return unescape(d.data[nd.a:nd.b])
	}
	return d.data[nd.a:nd.b]
}

// isTrue reports whether a boolean is true.
func (d *doc) isTrue(nd *node) bool {
	if !d.json {
		return d.strs[nd.a] == "true"
	}
	return d.data[nd.a] == 't'
}

// lookup finds a key's text in m.
func lookup[V any](d *doc, nd *node, m map[string]V) (V, bool) {
	var v V
	var ok bool
	switch {
	case !d.json:
		v, ok = m[d.strs[nd.a]]
	case nd.esc:
		v, ok = m[string(unescape(d.data[nd.a:nd.b]))]
	default:
		v, ok = m[string(d.data[nd.a:nd.b])]
	}
	return v, ok
}

// sameKey reports whether two keys have the same text.
func (d *doc) sameKey(x, y *node) bool {
	if !d.json {
		return d.strs[x.a] == d.strs[y.a]
	}
	if !x.esc && !y.esc {
		return bytes.Equal(d.data[x.a:x.b], d.data[y.a:y.b])
	}
	return d.str(x) == d.str(y)
}

func (d *doc) pos(i int32) Pos {
	nd := d.at(i)
	if !d.json {
		return Pos{int(nd.off), int(nd.col)}
	}
	return d.offPos(int(nd.off))
}

// offPos returns the position of byte offset off of a JSON document.
func (d *doc) offPos(off int) Pos {
	if d.lines == nil {
		d.lines = newLineIndex(d.data)
	}
	return d.lines.pos(d.data, off)
}

// markSpan is the spacing of the column marks of a lineIndex, in bytes.
const markSpan = 1 << 16

// lineIndex turns byte offsets into lines and columns, built the first time
// a problem needs one: the start of every line, and every markSpan bytes
// the column there, so that a column on a long line (a whole catalog
// written on one line) is counted from at most markSpan bytes before it.
type lineIndex struct {
	starts []int32 // the offset of each line's first byte
	marks  []int32 // the first rune start at or after k*markSpan
	cols   []int32 // the number of runes from its line's start to marks[k]
}

func newLineIndex(data []byte) *lineIndex {
	x := &lineIndex{starts: make([]int32, 1, 1+bytes.Count(data, []byte("\n")))}
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		x.starts = append(x.starts, int32(i))
	}
	if len(data) <= markSpan {
		return x
	}
	prev, runes := 0, 0
	for k := 0; k*markSpan <= len(data); k++ {
		m := k * markSpan
		for m < len(data) && !utf8.RuneStart(data[m]) {
			m++
		}
		seg := data[prev:m]
		if nl := bytes.LastIndexByte(seg, '\n'); nl >= 0 {
			runes = utf8.RuneCount(seg[nl+1:])
		} else {
			runes += utf8.RuneCount(seg)
		}
		x.marks = append(x.marks, int32(m))
		x.cols = append(x.cols, int32(runes))
		prev = m
	}
	return x
}

func (x *lineIndex) pos(data []byte, off int) Pos {
	off = min(max(off, 0), len(data))
	// The last line starting at or before off.
	lo, hi := 0, len(x.starts)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if int(x.starts[mid]) <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	start := int(x.starts[lo])
	from, col := start, 0
	if k := off / markSpan; k < len(x.marks) {
		if int(x.marks[k]) > off && k > 0 {
			k--
		}
		if m := int(x.marks[k]); m > start && m <= off {
			from, col = m, int(x.cols[k])
		}
	}
	return Pos{lo + 1, 1 + col + utf8.RuneCount(data[from:off])}
}

// builder assembles a tree. The children of the containers being read are
// kept on a stack; a container's are moved to the storage, in order, when
// it closes, so that every container's children are consecutive.
type builder struct {
	d      *doc
	file   string
	lim    Limits
	values int
	stack  []node
	// keys indexes the keys of the innermost open mapping once it has
	// many: smaller ones are searched in turn.
	keys []map[string]int32
}

// manyKeys is the number of keys past which a mapping's keys are indexed
// for the duplicate check.
const manyKeys = 16

// open starts a container and returns the mark to close it with.
func (b *builder) open() int {
	b.keys = append(b.keys, nil)
	return len(b.stack)
}

// close ends the container opened at mark, pushing its node.
func (b *builder) close(mark int, nd node) {
	nd.a = b.d.store(b.stack[mark:])
	nd.b = int32(len(b.stack) - mark)
	b.stack = b.stack[:mark]
	b.keys = b.keys[:len(b.keys)-1]
	b.stack = append(b.stack, nd)
}

// key pushes a key of the mapping opened at mark and reports the earlier
// key with the same text, if any.
func (b *builder) key(mark int, k node) (dup *node) {
	d := b.d
	n := (len(b.stack) - mark) / 2
	m := b.keys[len(b.keys)-1]
	switch {
	case m != nil:
		s := d.str(&k)
		if i, ok := m[s]; ok {
			return &b.stack[i]
		}
		m[s] = int32(len(b.stack))
	case n < manyKeys:
		for i := mark; i < len(b.stack); i += 2 {
			if d.sameKey(&b.stack[i], &k) {
				return &b.stack[i]
			}
		}
		if n+1 == manyKeys {
			m = make(map[string]int32, 2*manyKeys)
			for i := mark; i < len(b.stack); i += 2 {
				m[d.str(&b.stack[i])] = int32(i)
			}
			m[d.str(&k)] = int32(len(b.stack))
			b.keys[len(b.keys)-1] = m
		}
	}
	b.stack = append(b.stack, k)
	return nil
}

// root stores the one node left on the stack and returns it.
func (b *builder) root() *Node {
	i := b.d.store(b.stack)
	b.stack = nil
	return &Node{b.d, i}
}

// ---- JSON ----

type jsonParser struct {
	builder
	data []byte
	i    int
}

// eofError is the problem of input that ends inside a value.
func (p *jsonParser) eofError() error {
	return p.err(len(p.data), "invalid JSON: the input ends in the middle of a value", ErrSyntax)
}

func (p *jsonParser) err(off int, msg string, sentinel error) error {
	at := p.d.offPos(off)
	return &Error{File: p.file, Line: at.Line, Col: at.Col, Msg: msg, Err: sentinel}
}

// charError is the problem of an unexpected character at off.
func (p *jsonParser) charError(off int, context string) error {
	r, _ := utf8.DecodeRune(p.data[off:])
	return p.err(off, fmt.Sprintf("invalid JSON: invalid character %s %s", quoteChar(r), context), ErrSyntax)
}

// quoteChar quotes a character as encoding/json's messages do: 'x'.
func quoteChar(r rune) string {
	switch r {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(r))
	return "'" + s[1:len(s)-1] + "'"
}

func (p *jsonParser) skipSpace() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
			continue
		}
		return
	}
}

// jsonFrame is a container being read.
type jsonFrame struct {
	mark int
	off  int32
	obj  bool
}

func parseJSON(data []byte, file string, lim Limits) (*Node, error) {
	d := &doc{data: data, json: true}
	p := &jsonParser{builder: builder{d: d, file: file, lim: lim}, data: data}
	var frames []jsonFrame
	for {
		// A value is expected.
		p.skipSpace()
		if p.i >= len(data) {
			return nil, p.eofError()
		}
		off := p.i
		p.values++
		if p.values > lim.MaxNodes {
			return nil, p.err(off, fmt.Sprintf("the document has more than %d values", lim.MaxNodes), ErrLimit)
		}
		nd := node{off: int32(off)}
		switch c := data[off]; c {
		case '{', '[':
			if len(frames) >= lim.MaxDepth {
				return nil, p.err(off, fmt.Sprintf("nesting deeper than %d levels", lim.MaxDepth), ErrLimit)
			}
			frames = append(frames, jsonFrame{mark: p.open(), off: int32(off), obj: c == '{'})
			p.i++
			p.skipSpace()
			if p.i < len(data) && (data[p.i] == '}' && c == '{' || data[p.i] == ']' && c == '[') {
				p.i++
				p.closeFrame(&frames)
				break
			}
			if c == '{' {
				if err := p.readKey(frames[len(frames)-1].mark); err != nil {
					return nil, err
				}
			}
			continue
		case '"':
			if err := p.readString(&nd); err != nil {
				return nil, err
			}
			p.stack = append(p.stack, nd)
		case 't', 'f', 'n':
			lit := "null"
			switch c {
			case 't':
				nd.kind, lit = Bool, "true"
			case 'f':
				nd.kind, lit = Bool, "false"
			}
			end := min(off+len(lit), len(data))
			if string(data[off:end]) != lit[:end-off] {
				return nil, p.err(off, fmt.Sprintf("invalid JSON: invalid literal: expected %s", lit), ErrSyntax)
			}
			if end-off < len(lit) {
				return nil, p.eofError()
			}
			nd.a, nd.b = int32(off), int32(end)
			p.i = end
			p.stack = append(p.stack, nd)
		default:
			if c != '-' && (c < '0' || c > '9') {
				return nil, p.charError(off, "looking for beginning of value")
			}
			if err := p.readNumber(&nd); err != nil {
				return nil, err
			}
			p.stack = append(p.stack, nd)
		}
		// After a value: a separator, the end of its container, or the end
		// of the input.
		for {
			if len(frames) == 0 {
				p.skipSpace()
				if p.i < len(data) {
					return nil, p.err(p.i, "unexpected data after the top-level value", ErrSyntax)
				}
				return p.root(), nil
			}
			p.skipSpace()
			if p.i >= len(data) {
				return nil, p.eofError()
			}
			f := &frames[len(frames)-1]
			c := data[p.i]
			if c == ',' {
				p.i++
				if f.obj {
					if err := p.readKey(f.mark); err != nil {
						return nil, err
					}
				}
				break
			}
			if f.obj && c == '}' || !f.obj && c == ']' {
				p.i++
				p.closeFrame(&frames)
				continue
			}
			if f.obj {
				return nil, p.charError(p.i, "after object key:value pair")
			}
			return nil, p.charError(p.i, "after array element")
		}
	}
}

func (p *jsonParser) closeFrame(frames *[]jsonFrame) {
	f := (*frames)[len(*frames)-1]
	*frames = (*frames)[:len(*frames)-1]
	kind := Seq
	if f.obj {
		kind = Map
	}
	p.close(f.mark, node{kind: kind, off: f.off})
}

// readKey reads a key and its colon, checking that the mapping opened at
// mark has no other key of the same text.
func (p *jsonParser) readKey(mark int) error {
	p.skipSpace()
	if p.i >= len(p.data) {
		return p.eofError()
	}
	if p.data[p.i] != '"' {
		return p.charError(p.i, "looking for beginning of object key string")
	}
	k := node{off: int32(p.i)}
	if err := p.readString(&k); err != nil {
		return err
	}
	if prev := p.key(mark, k); prev != nil {
		first := p.d.offPos(int(prev.off))
		return p.err(int(k.off), fmt.Sprintf("key %q appears twice in one object (first at line %d)", p.d.str(&k), first.Line), ErrDuplicateKey)
	}
	p.skipSpace()
	if p.i >= len(p.data) {
		return p.eofError()
	}
	if p.data[p.i] != ':' {
		return p.charError(p.i, "after object key")
	}
	p.i++
	return nil
}

// plainByte marks the bytes a string holds as they are: not a quote, a
// backslash or a control character.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// readString reads the string starting at p.i into nd. A problem inside
// the string is reported at its opening quote.
func (p *jsonParser) readString(nd *node) error {
	data := p.data
	start := p.i
	j := start + 1
	for {
		for j < len(data) && plainByte[data[j]] {
			j++
		}
		if j >= len(data) {
			return p.eofError()
		}
		switch c := data[j]; {
		case c == '"':
			nd.kind, nd.a, nd.b = String, int32(start+1), int32(j)
			p.i = j + 1
			return nil
		case c == '\\':
			nd.esc = true
			if j+1 >= len(data) {
				return p.eofError()
			}
			switch data[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				for k := j + 2; k < j+6; k++ {
					if k >= len(data) {
						return p.eofError()
					}
					if unhex(data[k]) < 0 {
						return p.err(start, fmt.Sprintf("invalid JSON: invalid character %s in \\u hexadecimal character escape", quoteChar(rune(data[k]))), ErrSyntax)
					}
				}
				j += 6
			default:
				r, _ := utf8.DecodeRune(data[j+1:])
				return p.err(start, fmt.Sprintf("invalid JSON: invalid character %s in string escape code", quoteChar(r)), ErrSyntax)
			}
		default:
			return p.err(start, fmt.Sprintf("invalid JSON: invalid character %s in string literal", quoteChar(rune(c))), ErrSyntax)
		}
	}
}

// readNumber reads the number starting at p.i into nd: JSON's grammar,
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?. A problem inside the
// number is reported at its first character.
func (p *jsonParser) readNumber(nd *node) error {
	data := p.data
	start := p.i
	j := start
	if data[j] == '-' {
		j++
	}
	digits := func() (int, error) {
		k := j
		for k < len(data) && data[k] >= '0' && data[k] <= '9' {
			k++
		}
		if k == j {
			if k >= len(data) {
				return 0, p.eofError()
			}
			r, _ := utf8.DecodeRune(data[k:])
			return 0, p.err(start, fmt.Sprintf("invalid JSON: invalid character %s in numeric literal", quoteChar(r)), ErrSyntax)
		}
		return k, nil
	}
	switch {
	case j >= len(data):
		return p.eofError()
	case data[j] == '0':
		j++
	default:
		k, err := digits()
		if err != nil {
			return err
		}
		j = k
	}
	if j < len(data) && data[j] == '.' {
		j++
		k, err := digits()
		if err != nil {
			return err
		}
		j = k
	}
	if j < len(data) && (data[j] == 'e' || data[j] == 'E') {
		j++
		if j < len(data) && (data[j] == '+' || data[j] == '-') {
			j++
		}
		k, err := digits()
		if err != nil {
			return err
		}
		j = k
	}
	nd.kind, nd.a, nd.b = Number, int32(start), int32(j)
	p.i = j
	return nil
}

func unhex(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c - 'a' + 10)
	case 'A' <= c && c <= 'F':
		return rune(c - 'A' + 10)
	}
	return -1
}

// unescape returns the text of the body of a JSON string that readString
// accepted, as encoding/json reads it: a surrogate escape that is not half
// of a pair is U+FFFD.
func unescape(s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			j := i + 1
			for j < len(s) && s[j] != '\\' {
				j++
			}
			out = append(out, s[i:j]...)
			i = j
			continue
		}
		switch e := s[i+1]; e {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(s[i+2:])
			i += 6
			if utf16.IsSurrogate(r) {
				if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
					if r2 := utf16.DecodeRune(r, hex4(s[i+2:])); r2 != utf8.RuneError {
						out = utf8.AppendRune(out, r2)
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
			continue
		default: // '"', '\\', '/'
			out = append(out, e)
		}
		i += 2
	}
	return out
}

func hex4(s []byte) rune {
	return unhex(s[0])<<12 | unhex(s[1])<<8 | unhex(s[2])<<4 | unhex(s[3])
}

// ---- YAML ----

type yamlParser struct {
	builder
	aliasNodes int
}

func parseYAML(data []byte, file string, lim Limits) (*Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var top yaml.Node
	if err := dec.Decode(&top); err != nil {
		if err == io.EOF {
			return nil, &Error{File: file, Line: 1, Col: 1, Msg: "the input holds no YAML document", Err: ErrEmpty}
		}
		return nil, yamlSyntax(file, data, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err != io.EOF {
		line := extra.Line
		if err != nil {
			return nil, yamlSyntax(file, data, err)
		}
		return nil, &Error{File: file, Line: line, Msg: "the input holds more than one YAML document: expected one catalog", Err: ErrSyntax}
	}
	p := &yamlParser{builder: builder{d: &doc{}, file: file, lim: lim}}
	if err := p.node(&top, 0, 0); err != nil {
		return nil, err
	}
	return p.root(), nil
}

// yamlSyntax turns a YAML parser error into ours. The parser names the line
// of most errors; one it does not ("found unexpected end of stream") is at
// the end of the input.
func yamlSyntax(file string, data []byte, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, tail, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				line, msg = n, tail
			}
		}
	}
	if line == 0 {
		line = 1 + bytes.Count(bytes.TrimRight(data, "\n"), []byte("\n"))
	}
	e := &Error{File: file, Line: line, Msg: "invalid YAML: " + msg, Err: ErrSyntax}
	if l, col, hint := yamlHint(data, line, msg); hint != "" {
		e.Line, e.Col, e.Msg = l, col, e.Msg+": "+hint
	}
	return e
}

// yamlHint locates the common mistakes behind the parser's terse messages
// and says what to do: a tab in the indentation, a key indented off its
// mapping's column, a value holding an unquoted ": ". It looks at the
// lines from the start up to a few past the one the parser names (which
// for an indentation error is often where the enclosing block began), and
// returns the line and column (1-based, in runes) of the first mistake
// found, or no hint.
func yamlHint(data []byte, line int, msg string) (int, int, string) {
	lines := strings.Split(string(data), "\n")
	last := min(len(lines), line+3)
	// A tab where YAML wants spaces: in the indentation, or between a
	// sequence dash and its item. The parser names the tab's line, or for
	// a tab that starts the next line's indentation, the line before it.
	if strings.Contains(msg, "tab") || strings.Contains(msg, "cannot start any token") {
		for n := line; n <= min(line+1, len(lines)); n++ {
			l := lines[n-1]
			k := 0
			for k < len(l) && (l[k] == ' ' || l[k] == '-') {
				k++
			}
			if k == len(l) || l[k] != '\t' {
				continue
			}
			if dash := strings.LastIndexByte(l[:k], '-'); dash >= 0 {
				return n, k + 1, "a tab follows the sequence dash, where YAML allows only spaces"
			}
			return n, k + 1, "a tab in the indentation, where YAML allows only spaces"
		}
	}
	// Indentation: each line must line up with a key above it, or go one
	// level deeper after a line that opens a block ("key:" or "- ").
	var levels []int // indentation of the open blocks, innermost last
	prevOpens := true
	scalar := -1 // the indentation of a block scalar's key, while in one
	for i := 0; i < last; i++ {
		t := strings.TrimRight(lines[i], " \r")
		body := strings.TrimLeft(t, " ")
		if body == "" || body[0] == '#' || body == "---" {
			continue
		}
		if strings.HasPrefix(body, "\t") {
			break // a tab, reported by the parser itself
		}
		indent := len(t) - len(body)
		if scalar >= 0 && indent > scalar {
			continue // the text of a block scalar
		}
		scalar = -1
		if strings.Count(body, "[") != strings.Count(body, "]") || strings.Count(body, "{") != strings.Count(body, "}") ||
			strings.Count(body, "\"")%2 == 1 {
			return 0, 0, "" // a flow collection or a quoted string over several lines: no guess
		}
		switch {
		case len(levels) == 0 || indent > levels[len(levels)-1]:
			if !prevOpens && len(levels) > 0 {
				return i + 1, indent + 1, fmt.Sprintf("this line is indented more than the line above it, which opens no block: keys of one mapping line up in one column (here column %d)", levels[len(levels)-1]+1)
			}
			levels = append(levels, indent)
		default:
			for len(levels) > 0 && indent < levels[len(levels)-1] {
				levels = levels[:len(levels)-1]
			}
			if len(levels) == 0 || indent != levels[len(levels)-1] {
				return i + 1, indent + 1, "this line lines up with no key above it: indent it as its mapping's other keys"
			}
		}
		// A list item's own keys sit two columns in ("- id: a" then "  title").
		if item, ok := strings.CutPrefix(body, "- "); ok && strings.Contains(item, ":") && !strings.HasSuffix(item, ":") {
			levels = append(levels, indent+2)
		}
		prevOpens = strings.HasSuffix(body, ":") || body == "-"
		for _, ind := range []string{": |", ": >", ": |-", ": >-", ": |+", ": >+"} {
			if strings.HasSuffix(body, ind) {
				scalar, prevOpens = indent, false
			}
		}
		// An unquoted ": " inside a value.
		if strings.Contains(msg, "mapping values are not allowed") && i+1 == line {
			item := strings.TrimPrefix(body, "- ")
			if _, value, ok := strings.Cut(item, ": "); ok {
				if k := strings.Index(value, ": "); k > 0 && !strings.ContainsAny(value[:1], "\"'[{|>") {
					col := utf8.RuneCountInString(t[:len(t)-len(value)]) + utf8.RuneCountInString(value[:k]) + 1
					return i + 1, col, "a value that holds \": \" must be quoted: write it in double quotes"
				}
			}
		}
	}
	return 0, 0, ""
}

func (p *yamlParser) err(n *yaml.Node, msg string, sentinel error) error {
	return &Error{File: p.file, Line: n.Line, Col: n.Column, Msg: msg, Err: sentinel}
}

// text stores a scalar's text and returns its node.
func (p *yamlParser) text(kind Kind, s string, y *yaml.Node) node {
	p.d.strs = append(p.d.strs, s)
	return node{kind: kind, a: int32(len(p.d.strs) - 1), off: int32(y.Line), col: int32(y.Column)}
}

// node converts y and pushes it.
func (p *yamlParser) node(y *yaml.Node, depth, aliasDepth int) error {
	for y.Kind == yaml.DocumentNode || y.Kind == yaml.AliasNode {
		if y.Kind == yaml.DocumentNode {
			if len(y.Content) == 0 {
				return p.err(y, "the YAML document is empty", ErrEmpty)
			}
			y = y.Content[0]
			continue
		}
		if aliasDepth > p.lim.MaxDepth {
			return p.err(y, "YAML aliases nest too deeply", ErrLimit)
		}
		y, aliasDepth = y.Alias, aliasDepth+1
	}
	p.values++
	if p.values > p.lim.MaxNodes {
		return p.err(y, fmt.Sprintf("the document holds more than %d values", p.lim.MaxNodes), ErrLimit)
	}
	if aliasDepth > 0 {
		p.aliasNodes++
		if p.aliasNodes > p.lim.MaxAliasNodes {
			return p.err(y, fmt.Sprintf("YAML aliases expand to more than %d values (each use of an alias counts afresh)", p.lim.MaxAliasNodes), ErrLimit)
		}
	}
	if depth >= p.lim.MaxDepth && (y.Kind == yaml.MappingNode || y.Kind == yaml.SequenceNode) {
		return p.err(y, fmt.Sprintf("nesting deeper than %d levels", p.lim.MaxDepth), ErrLimit)
	}
	switch y.Kind {
	case yaml.MappingNode:
		mark := p.open()
		for i := 0; i+1 < len(y.Content); i += 2 {
			k, v := y.Content[i], y.Content[i+1]
			if k.Kind == yaml.AliasNode {
				k = k.Alias
			}
			if k.Kind != yaml.ScalarNode {
				return p.err(k, "a mapping key must be a plain string", ErrType)
			}
			switch tag := k.ShortTag(); tag {
			case "!!str", "!!int", "!!bool", "!!float":
			case "!!merge":
				return p.err(k, "YAML merge keys (<<) are not supported: write the fields out", ErrType)
			default:
				return p.err(k, "a mapping key must be a plain string", ErrType)
			}
			if prev := p.key(mark, p.text(String, k.Value, k)); prev != nil {
				return p.err(k, fmt.Sprintf("key %q appears twice in one mapping (first at line %d)", k.Value, prev.off), ErrDuplicateKey)
			}
			if err := p.node(v, depth+1, aliasDepth); err != nil {
				return err
			}
		}
		p.close(mark, node{kind: Map, off: int32(y.Line), col: int32(y.Column)})
	case yaml.SequenceNode:
		mark := p.open()
		for _, c := range y.Content {
			if err := p.node(c, depth+1, aliasDepth); err != nil {
				return err
			}
		}
		p.close(mark, node{kind: Seq, off: int32(y.Line), col: int32(y.Column)})
	case yaml.ScalarNode:
		var nd node
		switch tag := y.ShortTag(); tag {
		case "!!null":
			nd = node{kind: Null, off: int32(y.Line), col: int32(y.Column)}
		case "!!bool":
			nd = p.text(Bool, strings.ToLower(y.Value), y)
		case "!!int", "!!float":
			nd = p.text(Number, y.Value, y)
		case "!!str", "!!timestamp":
			nd = p.text(String, y.Value, y)
		case "!!merge":
			return p.err(y, "YAML merge keys (<<) are not supported: write the fields out", ErrType)
		default:
			return p.err(y, fmt.Sprintf("unsupported YAML tag %s: expected a string, number, boolean or null", tag), ErrType)
		}
		p.stack = append(p.stack, nd)
	default:
		return p.err(y, "unsupported YAML node", ErrSyntax)
	}
	return nil
}
