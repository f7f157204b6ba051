// Package decode reads catalog files, JSON or YAML, into Go values strictly:
// unknown fields, duplicate keys and wrong types are errors that name the
// file, line, column and field path. It is the one place the module parses
// YAML, so that every format gets the same rules.
package decode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
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

// Node is a parsed value with its position, independent of the syntax it
// came from.
type Node struct {
	Kind  Kind
	Value string // scalar text as written (numbers keep their digits)
	Line  int
	Col   int
	Pairs []Pair  // for Map, in document order
	Items []*Node // for Seq
}

// Pair is one key and value of a mapping.
type Pair struct {
	Key     string
	KeyLine int
	KeyCol  int
	Value   *Node
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

// Parse reads data as JSON when its first significant byte is '{' or '[',
// and as YAML otherwise. file names the input in errors.
func Parse(data []byte, file string, lim Limits) (*Node, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
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

// position converts a byte offset into a 1-based line and column (in runes).
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	line = 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}

// ---- JSON ----

type jsonParser struct {
	data  []byte
	file  string
	dec   *json.Decoder
	lim   Limits
	nodes int
	// A cursor for positions: tokens come in increasing offsets, so each
	// position is found by advancing from the last, keeping the whole
	// parse linear even on a file that is one long line.
	curOff, curLine, curCol int
}

// pos returns the 1-based line and column of byte offset off.
func (p *jsonParser) pos(off int) (line, col int) {
	off = min(max(off, 0), len(p.data))
	if off < p.curOff || p.curLine == 0 {
		p.curOff, p.curLine, p.curCol = 0, 1, 1
	}
	for i := p.curOff; i < off; {
		if p.data[i] == '\n' {
			p.curLine, p.curCol = p.curLine+1, 1
			i++
			continue
		}
		_, n := utf8.DecodeRune(p.data[i:])
		i += n
		p.curCol++
	}
	p.curOff = off
	return p.curLine, p.curCol
}

func parseJSON(data []byte, file string, lim Limits) (*Node, error) {
	p := &jsonParser{data: data, file: file, dec: json.NewDecoder(bytes.NewReader(data)), lim: lim}
	p.dec.UseNumber()
	n, err := p.value(0)
	if err != nil {
		return nil, err
	}
	off := p.start()
	if _, err := p.dec.Token(); err != io.EOF {
		l, c := p.pos(off)
		return nil, &Error{File: file, Line: l, Col: c, Msg: "unexpected data after the top-level value", Err: ErrSyntax}
	}
	return n, nil
}

// start returns the offset of the next token: the decoder's offset is just
// past the previous token, before separators and spaces.
func (p *jsonParser) start() int {
	off := int(p.dec.InputOffset())
	for off < len(p.data) {
		switch p.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

func (p *jsonParser) err(off int, msg string, sentinel error) error {
	l, c := p.pos(off)
	return &Error{File: p.file, Line: l, Col: c, Msg: msg, Err: sentinel}
}

func (p *jsonParser) token() (json.Token, int, error) {
	off := p.start()
	tok, err := p.dec.Token()
	if err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			// The decoder's offsets skip what Token consumed, so the start
			// of the offending token is the reliable position.
			return nil, off, p.err(off, "invalid JSON: "+strings.TrimPrefix(se.Error(), "json: "), ErrSyntax)
		}
		if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, off, p.err(len(p.data), "invalid JSON: the input ends in the middle of a value", ErrSyntax)
		}
		return nil, off, p.err(off, "invalid JSON: "+err.Error(), ErrSyntax)
	}
	return tok, off, nil
}

func (p *jsonParser) value(depth int) (*Node, error) {
	tok, off, err := p.token()
	if err != nil {
		return nil, err
	}
	return p.fromToken(tok, off, depth)
}

func (p *jsonParser) fromToken(tok json.Token, off, depth int) (*Node, error) {
	p.nodes++
	if p.nodes > p.lim.MaxNodes {
		return nil, p.err(off, fmt.Sprintf("the document has more than %d values", p.lim.MaxNodes), ErrLimit)
	}
	l, c := p.pos(off)
	n := &Node{Line: l, Col: c}
	switch t := tok.(type) {
	case nil:
		n.Kind = Null
	case bool:
		n.Kind, n.Value = Bool, strconv.FormatBool(t)
	case json.Number:
		n.Kind, n.Value = Number, string(t)
	case string:
		n.Kind, n.Value = String, t
	case json.Delim:
		if depth >= p.lim.MaxDepth {
			return nil, p.err(off, fmt.Sprintf("nesting deeper than %d levels", p.lim.MaxDepth), ErrLimit)
		}
		switch t {
		case '{':
			n.Kind = Map
			seen := map[string]int{}
			for {
				tok, koff, err := p.token()
				if err != nil {
					return nil, err
				}
				if d, ok := tok.(json.Delim); ok && d == '}' {
					break
				}
				key, _ := tok.(string)
				kl, kc := p.pos(koff)
				if prev, dup := seen[key]; dup {
					return nil, p.err(koff, fmt.Sprintf("key %q appears twice in one object (first at line %d)", key, prev), ErrDuplicateKey)
				}
				seen[key] = kl
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Pairs = append(n.Pairs, Pair{Key: key, KeyLine: kl, KeyCol: kc, Value: v})
			}
		case '[':
			n.Kind = Seq
			for {
				tok, ioff, err := p.token()
				if err != nil {
					return nil, err
				}
				if d, ok := tok.(json.Delim); ok && d == ']' {
					break
				}
				v, err := p.fromToken(tok, ioff, depth+1)
				if err != nil {
					return nil, err
				}
				n.Items = append(n.Items, v)
			}
		}
	}
	return n, nil
}

// ---- YAML ----

type yamlParser struct {
	file       string
	lim        Limits
	nodes      int
	aliasNodes int
}

func parseYAML(data []byte, file string, lim Limits) (*Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
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
	p := &yamlParser{file: file, lim: lim}
	return p.node(&doc, 0, 0)
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

func (p *yamlParser) node(y *yaml.Node, depth, aliasDepth int) (*Node, error) {
	if y.Kind == yaml.DocumentNode {
		if len(y.Content) == 0 {
			return nil, p.err(y, "the YAML document is empty", ErrEmpty)
		}
		return p.node(y.Content[0], depth, aliasDepth)
	}
	if y.Kind == yaml.AliasNode {
		if aliasDepth > p.lim.MaxDepth {
			return nil, p.err(y, "YAML aliases nest too deeply", ErrLimit)
		}
		return p.node(y.Alias, depth, aliasDepth+1)
	}
	p.nodes++
	if p.nodes > p.lim.MaxNodes {
		return nil, p.err(y, fmt.Sprintf("the document holds more than %d values", p.lim.MaxNodes), ErrLimit)
	}
	if aliasDepth > 0 {
		p.aliasNodes++
		if p.aliasNodes > p.lim.MaxAliasNodes {
			return nil, p.err(y, fmt.Sprintf("YAML aliases expand to more than %d values (each use of an alias counts afresh)", p.lim.MaxAliasNodes), ErrLimit)
		}
	}
	if depth >= p.lim.MaxDepth && (y.Kind == yaml.MappingNode || y.Kind == yaml.SequenceNode) {
		return nil, p.err(y, fmt.Sprintf("nesting deeper than %d levels", p.lim.MaxDepth), ErrLimit)
	}
	n := &Node{Line: y.Line, Col: y.Column}
	switch y.Kind {
	case yaml.DocumentNode:
		if len(y.Content) == 0 {
			return nil, p.err(y, "the YAML document is empty", ErrEmpty)
		}
		return p.node(y.Content[0], depth, aliasDepth)
	case yaml.AliasNode:
		if aliasDepth > p.lim.MaxDepth {
			return nil, p.err(y, "YAML aliases nest too deeply", ErrLimit)
		}
		return p.node(y.Alias, depth, aliasDepth+1)
	case yaml.MappingNode:
		n.Kind = Map
		seen := map[string]int{}
		for i := 0; i+1 < len(y.Content); i += 2 {
			k, v := y.Content[i], y.Content[i+1]
			if k.Kind == yaml.AliasNode {
				k = k.Alias
			}
			if k.Kind != yaml.ScalarNode || (k.ShortTag() != "!!str" && k.ShortTag() != "!!int" && k.ShortTag() != "!!bool" && k.ShortTag() != "!!float") {
				return nil, p.err(k, "a mapping key must be a plain string", ErrType)
			}
			if k.Value == "<<" && k.ShortTag() == "!!merge" {
				return nil, p.err(k, "YAML merge keys (<<) are not supported: write the fields out", ErrType)
			}
			if prev, dup := seen[k.Value]; dup {
				return nil, p.err(k, fmt.Sprintf("key %q appears twice in one mapping (first at line %d)", k.Value, prev), ErrDuplicateKey)
			}
			seen[k.Value] = k.Line
			val, err := p.node(v, depth+1, aliasDepth)
			if err != nil {
				return nil, err
			}
			n.Pairs = append(n.Pairs, Pair{Key: k.Value, KeyLine: k.Line, KeyCol: k.Column, Value: val})
		}
	case yaml.SequenceNode:
		n.Kind = Seq
		for _, c := range y.Content {
			val, err := p.node(c, depth+1, aliasDepth)
			if err != nil {
				return nil, err
			}
			n.Items = append(n.Items, val)
		}
	case yaml.ScalarNode:
		n.Value = y.Value
		switch y.ShortTag() {
		case "!!null":
			n.Kind = Null
		case "!!bool":
			n.Kind = Bool
			n.Value = strings.ToLower(y.Value)
		case "!!int", "!!float":
			n.Kind = Number
		case "!!str", "!!timestamp":
			n.Kind = String
		case "!!merge":
			return nil, p.err(y, "YAML merge keys (<<) are not supported: write the fields out", ErrType)
		default:
			return nil, p.err(y, fmt.Sprintf("unsupported YAML tag %s: expected a string, number, boolean or null", y.ShortTag()), ErrType)
		}
	default:
		return nil, p.err(y, "unsupported YAML node", ErrSyntax)
	}
	return n, nil
}
