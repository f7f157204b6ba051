package decode

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// Pos is a position in a file.
type Pos struct{ Line, Col int }

// Result is what Into learned besides the value: the problems found, and the
// position of each field path, so later validation can point at lines too.
type Result struct {
	// Errors lists the first MaxErrors problems found.
	Errors []*Error
	// More counts the problems found beyond Errors.
	More      int
	Positions map[string]Pos
}

// MaxErrors bounds how many problems one file lists: the cap of
// internal/problem, which every reader shares. Past it, decoding goes on
// and counts the rest in Result.More.
const MaxErrors = problem.Max

type valueDecoder struct {
	file string
	res  *Result
}

// Into decodes n into the value v points to. Field names are the `json`
// tag names. It keeps going after a problem, so that one run reports every
// unknown field and wrong type, and records the position of every path it
// visits. Values that implement encoding.TextUnmarshaler receive the scalar
// text of strings and numbers.
func Into(n *Node, file string, v any) *Result {
	res := &Result{Positions: map[string]Pos{}}
	d := &valueDecoder{file: file, res: res}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("decode: Into needs a non-nil pointer")
	}
	d.value(n, rv.Elem(), "")
	return res
}

func (d *valueDecoder) fail(n *Node, path, msg string, sentinel error) {
	if len(d.res.Errors) >= MaxErrors {
		d.res.More++
		return
	}
	// Messages quote the input; a hostile input must not make them huge.
	e := problem.Problem{Path: path, Message: msg}.Clean()
	d.res.Errors = append(d.res.Errors, &Error{File: d.file, Line: n.Line, Col: n.Col, Path: e.Path, Msg: e.Message, Err: sentinel})
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func (d *valueDecoder) value(n *Node, v reflect.Value, path string) {
	d.res.Positions[path] = Pos{n.Line, n.Col}
	if n.Kind == Null {
		v.SetZero()
		return
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.value(n, v.Elem(), path)
		return
	}
	if v.CanAddr() && v.Addr().Type().Implements(textUnmarshaler) {
		if n.Kind != String && n.Kind != Number {
			d.fail(n, path, fmt.Sprintf("expected a string, got %s", n.Kind), ErrType)
			return
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.Value)); err != nil {
			d.fail(n, path, err.Error(), ErrValue)
		}
		return
	}
	switch v.Kind() {
	case reflect.String:
		if n.Kind != String {
			msg := fmt.Sprintf("expected a string, got %s", n.Kind)
			if n.Kind == Number || n.Kind == Bool {
				msg += fmt.Sprintf(" %s (quote it)", quoteScalar(n))
			}
			d.fail(n, path, msg, ErrType)
			return
		}
		v.SetString(n.Value)
	case reflect.Bool:
		if n.Kind != Bool {
			d.fail(n, path, fmt.Sprintf("expected true or false, got %s", describe(n)), ErrType)
			return
		}
		v.SetBool(n.Value == "true")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if n.Kind != Number {
			d.fail(n, path, fmt.Sprintf("expected a whole number, got %s", describe(n)), ErrType)
			return
		}
		i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 10, v.Type().Bits())
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				d.fail(n, path, fmt.Sprintf("%s is out of range: expected a whole number from %d to %d", n.Value, int64(-1)<<(v.Type().Bits()-1), int64(1)<<(v.Type().Bits()-1)-1), ErrValue)
			} else {
				d.fail(n, path, fmt.Sprintf("expected a whole number, got %s", n.Value), ErrType)
			}
			return
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n.Kind != Number {
			d.fail(n, path, fmt.Sprintf("expected a whole number, got %s", describe(n)), ErrType)
			return
		}
		u, err := strconv.ParseUint(strings.ReplaceAll(n.Value, "_", ""), 10, v.Type().Bits())
		if err != nil {
			d.fail(n, path, fmt.Sprintf("expected a whole number from 0 to %d, got %s", uint64(1)<<v.Type().Bits()-1, n.Value), ErrValue)
			return
		}
		v.SetUint(u)
	case reflect.Float32, reflect.Float64:
		if n.Kind != Number {
			d.fail(n, path, fmt.Sprintf("expected a number, got %s", describe(n)), ErrType)
			return
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), v.Type().Bits())
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			d.fail(n, path, fmt.Sprintf("expected a finite number, got %s", n.Value), ErrValue)
			return
		}
		v.SetFloat(f)
	case reflect.Slice:
		if n.Kind != Seq {
			d.fail(n, path, fmt.Sprintf("expected a list, got %s", n.Kind), ErrType)
			return
		}
		if len(n.Items) == 0 {
			v.SetZero()
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Items), len(n.Items))
		for i, it := range n.Items {
			d.value(it, s.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
		v.Set(s)
	case reflect.Map:
		if n.Kind != Map {
			d.fail(n, path, fmt.Sprintf("expected a mapping, got %s", n.Kind), ErrType)
			return
		}
		if v.Type().Key().Kind() != reflect.String {
			d.fail(n, path, "unsupported map key type", ErrType)
			return
		}
		m := reflect.MakeMapWithSize(v.Type(), len(n.Pairs))
		for _, p := range n.Pairs {
			e := reflect.New(v.Type().Elem()).Elem()
			d.value(p.Value, e, join(path, p.Key))
			m.SetMapIndex(reflect.ValueOf(p.Key).Convert(v.Type().Key()), e)
		}
		v.Set(m)
	case reflect.Struct:
		if n.Kind != Map {
			d.fail(n, path, fmt.Sprintf("expected a mapping, got %s", n.Kind), ErrType)
			return
		}
		fields := fieldsOf(v.Type())
		for _, p := range n.Pairs {
			idx, ok := fields.byName[p.Key]
			fp := join(path, p.Key)
			if !ok {
				msg := fmt.Sprintf("unknown field %q", Clip(p.Key, maxKey))
				if len(p.Key) > maxKey {
					msg += fmt.Sprintf(" (known fields: %s)", strings.Join(fields.names, ", "))
				} else if s := suggest(p.Key, fields.names); s != "" {
					msg += fmt.Sprintf(" (did you mean %q?)", s)
				} else {
					msg += fmt.Sprintf(" (known fields: %s)", strings.Join(fields.names, ", "))
				}
				d.fail(&Node{Line: p.KeyLine, Col: p.KeyCol}, fp, msg, ErrUnknownField)
				continue
			}
			d.value(p.Value, v.FieldByIndex(idx), fp)
		}
	default:
		d.fail(n, path, "unsupported field type "+v.Type().String(), ErrType)
	}
}

// maxKey bounds the length of a key an error quotes from the input.
const maxKey = 64

// Clip shortens s to at most n bytes, cutting at a rune boundary and marking
// the cut with "…".
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// isControl reports the C0 control characters and DEL, except tab, line
// feed and carriage return, which multi-line text uses.
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f
}

// ControlChar returns the first control character in s that no text may
// hold (any C0 control or DEL but tab, line feed and carriage return). Into
// does not check strings: the catalog's rules for names and free text
// (internal/valid.Text) apply to every catalog however built.
func ControlChar(s string) (rune, bool) {
	if i := strings.IndexFunc(s, isControl); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return r, true
	}
	return 0, false
}

// ControlMessage is the problem message for text holding control character r.
func ControlMessage(r rune) string {
	return fmt.Sprintf("the text holds the control character %U: expected text with no control characters other than tab and line breaks", r)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// describe names a node's kind and, for a scalar, its value: "a string
// \"many\"", "a list".
func describe(n *Node) string {
	if q := quoteScalar(n); q != "" {
		return n.Kind.String() + " " + q
	}
	return n.Kind.String()
}

func quoteScalar(n *Node) string {
	switch n.Kind {
	case Map, Seq, Null:
		return ""
	}
	s := n.Value
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return strconv.Quote(s)
}

type structFields struct {
	byName map[string][]int
	names  []string
}

var fieldCache sync.Map // reflect.Type -> *structFields

func fieldsOf(t reflect.Type) *structFields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(*structFields)
	}
	f := &structFields{byName: map[string][]int{}}
	for _, sf := range reflect.VisibleFields(t) {
		if !sf.IsExported() || sf.Anonymous {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		f.byName[name] = sf.Index
		f.names = append(f.names, name)
	}
	fieldCache.Store(t, f)
	return f
}

// suggest returns the known name closest to key, if it is close enough to
// be a typo.
func suggest(key string, names []string) string {
	best, bestD := "", 3
	for _, n := range names {
		if d := Distance(strings.ToLower(key), n); d < bestD {
			best, bestD = n, d
		}
	}
	if best == "" && len(key) >= 4 {
		// A singular for a plural, or a word cut short: "salary" for "salaries".
		stem := strings.ToLower(key[:len(key)-1])
		for _, n := range names {
			if strings.HasPrefix(n, stem) {
				return n
			}
		}
	}
	if best == "" {
		for _, n := range names {
			if strings.ReplaceAll(strings.ToLower(key), "-", "_") == n || strings.EqualFold(strings.ReplaceAll(key, "_", ""), strings.ReplaceAll(n, "_", "")) {
				return n
			}
		}
	}
	return best
}

// Distance is the Levenshtein distance between two short strings, in
// bytes; strings over 100 bytes get a large distance without the quadratic
// work.
func Distance(a, b string) int {
	if len(a) > 100 || len(b) > 100 {
		return 1 << 20
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
