package decode

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

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

// at stores y's text and position and returns its node.
func (p *yamlParser) at(kind Kind, text string, y *yaml.Node) node {
	return node{kind: kind, off: p.d.addYAML(yamlNode{text: text, line: int32(y.Line), col: int32(y.Column)})}
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
			if prev := p.key(mark, p.at(String, k.Value, k)); prev != nil {
				return p.err(k, fmt.Sprintf("key %q appears twice in one mapping (first at line %d)", k.Value, p.d.yat(prev.off).line), ErrDuplicateKey)
			}
			if err := p.node(v, depth+1, aliasDepth); err != nil {
				return err
			}
		}
		p.close(mark, p.at(Map, "", y))
	case yaml.SequenceNode:
		mark := p.open()
		for _, c := range y.Content {
			if err := p.node(c, depth+1, aliasDepth); err != nil {
				return err
			}
		}
		p.close(mark, p.at(Seq, "", y))
	case yaml.ScalarNode:
		var nd node
		switch tag := y.ShortTag(); tag {
		case "!!null":
			nd = p.at(Null, "", y)
		case "!!bool":
			nd = p.at(Bool, strings.ToLower(y.Value), y)
		case "!!int", "!!float":
			nd = p.at(Number, y.Value, y)
		case "!!str", "!!timestamp":
			nd = p.at(String, y.Value, y)
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
