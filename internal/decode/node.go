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
	"math"
	"unicode/utf8"

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

// node is one value or key of a document, in the document's flat storage:
// 16 bytes.
type node struct {
	kind Kind
	// esc marks a JSON string holding escapes: its text is unescaped
	// when read.
	esc bool
	// A JSON scalar's text is data[a:b]. A container's b children are
	// nodes a to a+b-1; a mapping's are its keys and values in turn.
	a, b int32
	// off is a JSON node's byte offset in data, or a YAML node's entry
	// in the document's yamlNodes (its text and position).
	off int32
}

// yamlNode is what a YAML node keeps beside its node: its text (a scalar's
// or a key's) and its position, as go-yaml gives them.
type yamlNode struct {
	text      string
	line, col int32
}

const (
	chunkBits = 12
	chunkSize = 1 << chunkBits
)

// doc is a parsed document: its nodes, in chunks so that the storage never
// moves as it grows, and what their text and positions refer to.
type doc struct {
	chunks [][]node
	n      int32        // nodes stored
	data   []byte       // JSON: the input
	json   bool         // whether the nodes refer to data
	yaml   [][]yamlNode // YAML: the text and position of each node, in chunks
	nyaml  int32
	lines  *lineIndex
}

func (d *doc) at(i int32) *node { return &d.chunks[i>>chunkBits][i&(chunkSize-1)] }

// yat returns YAML entry i.
func (d *doc) yat(i int32) *yamlNode { return &d.yaml[i>>chunkBits][i&(chunkSize-1)] }

// ytext returns a YAML node's text.
func (d *doc) ytext(nd *node) string { return d.yat(nd.off).text }

// addYAML stores a YAML entry and returns its index.
func (d *doc) addYAML(y yamlNode) int32 {
	i := d.nyaml
	switch c := int(i >> chunkBits); {
	case c == 0:
		// The first chunk grows as a slice does, as the nodes' does.
		if len(d.yaml) == 0 {
			d.yaml = append(d.yaml, nil)
		}
		d.yaml[0] = append(d.yaml[0], y)
		d.nyaml++
		return i
	case c == len(d.yaml):
		d.yaml = append(d.yaml, make([]yamlNode, chunkSize))
	}
	*d.yat(i) = y
	d.nyaml++
	return i
}

// store appends ns to the storage and returns the index of the first.
func (d *doc) store(ns []node) int32 {
	first := d.n
	for len(ns) > 0 {
		c := int(d.n >> chunkBits)
		if c == 0 {
			// The first chunk grows as a slice does, so that a small
			// document takes little.
			if len(d.chunks) == 0 {
				d.chunks = append(d.chunks, nil)
			}
			k := min(len(ns), chunkSize-len(d.chunks[0]))
			d.chunks[0] = append(d.chunks[0], ns[:k]...)
			ns = ns[k:]
			d.n += int32(k)
			continue
		}
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
		return d.ytext(nd)
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
		return []byte(d.ytext(nd))
	}
	if nd.esc {
		return unescape(d.data[nd.a:nd.b])
	}
	return d.data[nd.a:nd.b]
}

// isTrue reports whether a boolean is true.
func (d *doc) isTrue(nd *node) bool {
	if !d.json {
		return d.ytext(nd) == "true"
	}
	return d.data[nd.a] == 't'
}

// lookup finds a key's text in m.
func lookup[V any](d *doc, nd *node, m map[string]V) (V, bool) {
	var v V
	var ok bool
	switch {
	case !d.json:
		v, ok = m[d.ytext(nd)]
	case nd.esc:
		v, ok = m[string(unescape(d.data[nd.a:nd.b]))]
	default:
		v, ok = m[string(d.data[nd.a:nd.b])]
	}
	return v, ok
}

// keyIs reports whether a key's text is name.
func (d *doc) keyIs(nd *node, name string) bool {
	switch {
	case !d.json:
		return d.ytext(nd) == name
	case nd.esc:
		return string(unescape(d.data[nd.a:nd.b])) == name
	}
	return string(d.data[nd.a:nd.b]) == name
}

// sameKey reports whether two keys have the same text.
func (d *doc) sameKey(x, y *node) bool {
	if !d.json {
		return d.ytext(x) == d.ytext(y)
	}
	if !x.esc && !y.esc {
		return bytes.Equal(d.data[x.a:x.b], d.data[y.a:y.b])
	}
	return d.str(x) == d.str(y)
}

func (d *doc) pos(i int32) Pos {
	nd := d.at(i)
	if !d.json {
		y := d.yat(nd.off)
		return Pos{int(y.line), int(y.col)}
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
