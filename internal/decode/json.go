package decode

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

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
