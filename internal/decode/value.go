package decode

import (
	"encoding"
	"fmt"
	"hash/maphash"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// Result is what Into learned besides the value: the problems found, and
// the tree it decoded, which gives the position of each field path, so
// later validation can point at lines too.
type Result struct {
	// Errors lists the first MaxErrors problems found.
	Errors []*Error
	// More counts the problems found beyond Errors.
	More int
	root *Node
}

// Pos returns the position of the value at path, a field path in the
// format Into's problems use ("roles[3].salaries[1].max"; "" is the whole
// document), and whether the document holds such a value (null included).
func (r *Result) Pos(path string) (Pos, bool) {
	if r == nil || r.root == nil {
		return Pos{}, false
	}
	d := r.root.d
	i, ok := d.find(r.root.i, path)
	if !ok {
		return Pos{}, false
	}
	return d.pos(i), true
}

// find returns the node at path under node i. A key may itself hold "."
// or "[", so each key of a mapping that path continues with is tried.
func (d *doc) find(i int32, path string) (int32, bool) {
	if path == "" {
		return i, true
	}
	nd := d.at(i)
	if path[0] == '[' {
		end := strings.IndexByte(path, ']')
		if nd.kind != Seq || end < 0 {
			return 0, false
		}
		k, err := strconv.Atoi(path[1:end])
		if err != nil || k < 0 || k >= int(nd.b) {
			return 0, false
		}
		return d.find(nd.a+int32(k), strings.TrimPrefix(path[end+1:], "."))
	}
	if nd.kind != Map {
		return 0, false
	}
	for k := int32(0); k < nd.b; k += 2 {
		key := d.raw(d.at(nd.a + k))
		if len(path) < len(key) || path[:len(key)] != string(key) {
			continue
		}
		rest := path[len(key):]
		switch {
		case rest == "":
			return nd.a + k + 1, true
		case rest[0] == '.':
			rest = rest[1:]
		case rest[0] != '[':
			continue
		}
		if j, ok := d.find(nd.a+k+1, rest); ok {
			return j, true
		}
	}
	return 0, false
}

// MaxErrors bounds how many problems one file lists: the cap of
// internal/problem, which every reader shares. Past it, decoding goes on
// and counts the rest in Result.More.
const MaxErrors = problem.Max

// pathElem is one step of the path to the value being decoded: a field
// name or mapping key, or else a list index.
type pathElem struct {
	name  string
	index int
	isKey bool
}

type decoder struct {
	d     *doc
	file  string
	res   *Result
	path  []pathElem
	cache *strCache
	seed  maphash.Seed
}

// strCache holds the strings a JSON document's short values were last
// made into, by hash, so that a value repeated through a catalog (the
// source ID of every requirement, a skill's ID, a kind of move) becomes one
// string rather than one per use. A collision only costs a string.
type strCache [1024]string

// maxCached is the longest value strCache holds, in bytes: the IDs and
// words catalogs repeat, not their descriptions.
const maxCached = 32

// text returns the text of a string node, for a Go value to keep.
func (dc *decoder) text(nd *node) string {
	if dc.cache == nil || nd.esc || nd.b-nd.a > maxCached {
		return dc.d.str(nd)
	}
	b := dc.d.data[nd.a:nd.b]
	slot := &dc.cache[maphash.Bytes(dc.seed, b)%uint64(len(dc.cache))]
	if *slot == string(b) {
		return *slot
	}
	*slot = string(b)
	return *slot
}

// Into decodes n into the value v points to. Field names are the `json`
// tag names. It keeps going after a problem, so that one run reports every
// unknown field and wrong type. Values that implement
// encoding.TextUnmarshaler receive the scalar text of strings and numbers.
//
// Decoding follows a plan made once per Go type (the fields by name, the
// decoder of each); the path of a value is written out only for a
// problem.
func Into(n *Node, file string, v any) *Result {
	res := &Result{root: n}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("decode: Into needs a non-nil pointer")
	}
	dc := &decoder{d: n.d, file: file, res: res}
	if n.d.json && n.d.n >= chunkSize {
		// A document large enough to repeat itself.
		dc.cache, dc.seed = new(strCache), maphash.MakeSeed()
	}
	decoderFor(rv.Type().Elem())(dc, n.i, rv.Elem())
	return res
}

// full reports whether the list of problems is full, counting the one
// about to be reported if so.
func (dc *decoder) full() bool {
	if len(dc.res.Errors) >= MaxErrors {
		dc.res.More++
		return true
	}
	return false
}

// fail reports a problem at node i and the current path.
func (dc *decoder) fail(i int32, sentinel error, format string, args ...any) {
	if dc.full() {
		return
	}
	dc.add(i, sentinel, fmt.Sprintf(format, args...))
}

// add lists a problem at node i and the current path.
func (dc *decoder) add(i int32, sentinel error, msg string) {
	// Messages quote the input; a hostile input must not make them huge.
	e := problem.Problem{Path: dc.pathString(), Message: msg}.Clean()
	at := dc.d.pos(i)
	dc.res.Errors = append(dc.res.Errors, &Error{File: dc.file, Line: at.Line, Col: at.Col, Path: e.Path, Msg: e.Message, Err: sentinel})
}

func (dc *decoder) pathString() string {
	var b strings.Builder
	for _, e := range dc.path {
		if !e.isKey {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(e.index))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(e.name)
	}
	return b.String()
}

// decFunc decodes node i into v.
type decFunc func(dc *decoder, i int32, v reflect.Value)

var decoders sync.Map // reflect.Type -> decFunc

// decoderFor returns the decoder of type t, making it once.
func decoderFor(t reflect.Type) decFunc {
	if f, ok := decoders.Load(t); ok {
		return f.(decFunc)
	}
	// A type that holds itself meets its own decoder while it is being
	// made: it gets one that waits for it.
	var wg sync.WaitGroup
	var f decFunc
	wg.Add(1)
	fi, loaded := decoders.LoadOrStore(t, decFunc(func(dc *decoder, i int32, v reflect.Value) {
		wg.Wait()
		f(dc, i, v)
	}))
	if loaded {
		return fi.(decFunc)
	}
	f = newDecoder(t)
	wg.Done()
	decoders.Store(t, f)
	return f
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func newDecoder(t reflect.Type) decFunc {
	if t.Kind() == reflect.Pointer {
		return pointerDecoder(t)
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return decodeText
	}
	switch t.Kind() {
	case reflect.String:
		return decodeString
	case reflect.Bool:
		return decodeBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return decodeInt
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return decodeUint
	case reflect.Float32, reflect.Float64:
		return decodeFloat
	case reflect.Slice:
		return sliceDecoder(t)
	case reflect.Map:
		return mapDecoder(t)
	case reflect.Struct:
		return structDecoder(t)
	}
	return func(dc *decoder, i int32, v reflect.Value) {
		if dc.d.at(i).kind == Null {
			v.SetZero()
			return
		}
		dc.fail(i, ErrType, "unsupported field type %s", v.Type())
	}
}

func pointerDecoder(t reflect.Type) decFunc {
	elem := t.Elem()
	var dec decFunc
	var once sync.Once
	return func(dc *decoder, i int32, v reflect.Value) {
		if dc.d.at(i).kind == Null {
			v.SetZero()
			return
		}
		once.Do(func() { dec = decoderFor(elem) })
		if v.IsNil() {
			v.Set(reflect.New(elem))
		}
		dec(dc, i, v.Elem())
	}
}

func decodeText(dc *decoder, i int32, v reflect.Value) {
	nd := dc.d.at(i)
	if nd.kind == Null {
		v.SetZero()
		return
	}
	if nd.kind != String && nd.kind != Number {
		dc.fail(i, ErrType, "expected a string, got %s", nd.kind)
		return
	}
	if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(dc.d.raw(nd)); err != nil {
		dc.fail(i, ErrValue, "%s", err.Error())
	}
}

func decodeString(dc *decoder, i int32, v reflect.Value) {
	nd := dc.d.at(i)
	switch nd.kind {
	case String:
		v.SetString(dc.text(nd))
	case Null:
		v.SetZero()
	case Number, Bool:
		dc.fail(i, ErrType, "expected a string, got %s %s (quote it)", nd.kind, dc.quoteScalar(nd))
	default:
		dc.fail(i, ErrType, "expected a string, got %s", nd.kind)
	}
}

func decodeBool(dc *decoder, i int32, v reflect.Value) {
	nd := dc.d.at(i)
	switch nd.kind {
	case Bool:
		v.SetBool(dc.d.isTrue(nd))
	case Null:
		v.SetZero()
	default:
		dc.fail(i, ErrType, "expected true or false, got %s", dc.describe(nd))
	}
}

// parseInt, parseUint and parseFloat read a number's text as strconv
// does, without YAML's digit separators.
func (d *doc) parseInt(nd *node, bits int) (int64, error) {
	if d.json {
		return strconv.ParseInt(string(d.data[nd.a:nd.b]), 10, bits)
	}
	return strconv.ParseInt(noSeparators(d.ytext(nd)), 10, bits)
}

func (d *doc) parseUint(nd *node, bits int) (uint64, error) {
	if d.json {
		return strconv.ParseUint(string(d.data[nd.a:nd.b]), 10, bits)
	}
	return strconv.ParseUint(noSeparators(d.ytext(nd)), 10, bits)
}

func (d *doc) parseFloat(nd *node, bits int) (float64, error) {
	if d.json {
		return strconv.ParseFloat(string(d.data[nd.a:nd.b]), bits)
	}
	return strconv.ParseFloat(noSeparators(d.ytext(nd)), bits)
}

func noSeparators(s string) string {
	if strings.IndexByte(s, '_') >= 0 {
		return strings.ReplaceAll(s, "_", "")
	}
	return s
}

func decodeInt(dc *decoder, i int32, v reflect.Value) {
	nd := dc.d.at(i)
	if nd.kind != Number {
		if nd.kind == Null {
			v.SetZero()
			return
		}
		dc.fail(i, ErrType, "expected a whole number, got %s", dc.describe(nd))
		return
	}
	bits := v.Type().Bits()
	n, err := dc.d.parseInt(nd, bits)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			dc.fail(i, ErrValue, "%s is out of range: expected a whole number from %d to %d", dc.d.str(nd), int64(-1)<<(bits-1), int64(1)<<(bits-1)-1)
		} else {
			dc.fail(i, ErrType, "expected a whole number, got %s", dc.d.str(nd))
		}
		return
	}
	v.SetInt(n)
}

func decodeUint(dc *decoder, i int32, v reflect.Value) {
	nd := dc.d.at(i)
	if nd.kind != Number {
		if nd.kind == Null {
			v.SetZero()
			return
		}
		dc.fail(i, ErrType, "expected a whole number, got %s", dc.describe(nd))
		return
	}
	bits := v.Type().Bits()
	n, err := dc.d.parseUint(nd, bits)
	if err != nil {
		dc.fail(i, ErrValue, "expected a whole number from 0 to %d, got %s", uint64(1)<<bits-1, dc.d.str(nd))
		return
	}
	v.SetUint(n)
}

func decodeFloat(dc *decoder, i int32, v reflect.Value) {
	nd := dc.d.at(i)
	if nd.kind != Number {
		if nd.kind == Null {
			v.SetZero()
			return
		}
		dc.fail(i, ErrType, "expected a number, got %s", dc.describe(nd))
		return
	}
	f, err := dc.d.parseFloat(nd, v.Type().Bits())
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		dc.fail(i, ErrValue, "expected a finite number, got %s", dc.d.str(nd))
		return
	}
	v.SetFloat(f)
}

func sliceDecoder(t reflect.Type) decFunc {
	elem := t.Elem()
	var dec decFunc
	var once sync.Once
	return func(dc *decoder, i int32, v reflect.Value) {
		nd := dc.d.at(i)
		switch {
		case nd.kind == Null:
			v.SetZero()
			return
		case nd.kind != Seq:
			dc.fail(i, ErrType, "expected a list, got %s", nd.kind)
			return
		case nd.b == 0:
			v.SetZero()
			return
		}
		once.Do(func() { dec = decoderFor(elem) })
		first, n := nd.a, int(nd.b)
		s := reflect.MakeSlice(t, n, n)
		dc.path = append(dc.path, pathElem{})
		top := len(dc.path) - 1
		for k := range n {
			dc.path[top].index = k
			dec(dc, first+int32(k), s.Index(k))
		}
		dc.path = dc.path[:top]
		v.Set(s)
	}
}

func mapDecoder(t reflect.Type) decFunc {
	if t.Key().Kind() != reflect.String {
		return func(dc *decoder, i int32, v reflect.Value) {
			if dc.d.at(i).kind == Null {
				v.SetZero()
				return
			}
			dc.fail(i, ErrType, "unsupported map key type")
		}
	}
	var dec decFunc
	var once sync.Once
	return func(dc *decoder, i int32, v reflect.Value) {
		nd := dc.d.at(i)
		switch nd.kind {
		case Null:
			v.SetZero()
			return
		case Map:
		default:
			dc.fail(i, ErrType, "expected a mapping, got %s", nd.kind)
			return
		}
		once.Do(func() { dec = decoderFor(t.Elem()) })
		m := reflect.MakeMapWithSize(t, int(nd.b/2))
		for k := int32(0); k < nd.b; k += 2 {
			key := dc.text(dc.d.at(nd.a + k))
			e := reflect.New(t.Elem()).Elem()
			dc.path = append(dc.path, pathElem{name: key, isKey: true})
			dec(dc, nd.a+k+1, e)
			dc.path = dc.path[:len(dc.path)-1]
			m.SetMapIndex(reflect.ValueOf(key).Convert(t.Key()), e)
		}
		v.Set(m)
	}
}

// field is one field of a struct's plan.
type field struct {
	at    int // its place in its structPlan's fields
	name  string
	index []int
	typ   reflect.Type
	dec   decFunc
	once  sync.Once
}

func (f *field) decoder() decFunc {
	f.once.Do(func() { f.dec = decoderFor(f.typ) })
	return f.dec
}

// structPlan is how a struct type is decoded: its fields by `json` name.
type structPlan struct {
	byName map[string]*field
	names  []string
	fields []*field // in the order of the struct
}

func planOf(t reflect.Type) *structPlan {
	p := &structPlan{byName: map[string]*field{}}
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
		f := &field{name: name, index: sf.Index, typ: sf.Type, at: len(p.fields)}
		p.byName[name] = f
		p.names = append(p.names, name)
		p.fields = append(p.fields, f)
	}
	return p
}

func structDecoder(t reflect.Type) decFunc {
	plan := planOf(t)
	return func(dc *decoder, i int32, v reflect.Value) {
		nd := dc.d.at(i)
		switch nd.kind {
		case Null:
			v.SetZero()
			return
		case Map:
		default:
			dc.fail(i, ErrType, "expected a mapping, got %s", nd.kind)
			return
		}
		// Keys mostly come in the order of the fields (MarshalJSON
		// writes them so, and people copy its output): the field after
		// the last one found is tried before the map.
		next := 0
		for k := int32(0); k < nd.b; k += 2 {
			key := dc.d.at(nd.a + k)
			var f *field
			if next < len(plan.fields) && dc.d.keyIs(key, plan.fields[next].name) {
				f = plan.fields[next]
			} else {
				var ok bool
				if f, ok = lookup(dc.d, key, plan.byName); !ok {
					dc.unknown(nd.a+k, plan)
					continue
				}
			}
			next = f.at + 1
			dc.path = append(dc.path, pathElem{name: f.name, isKey: true})
			fv := v
			if len(f.index) == 1 {
				fv = v.Field(f.index[0])
			} else {
				fv = fieldByIndex(v, f.index)
			}
			f.decoder()(dc, nd.a+k+1, fv)
			dc.path = dc.path[:len(dc.path)-1]
		}
	}
}

// fieldByIndex is v.FieldByIndex, allocating embedded pointers on the way.
func fieldByIndex(v reflect.Value, index []int) reflect.Value {
	for k, x := range index {
		if k > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// unknown reports the unknown field whose key is node k.
func (dc *decoder) unknown(k int32, plan *structPlan) {
	if dc.full() {
		return
	}
	key := dc.d.str(dc.d.at(k))
	msg := fmt.Sprintf("unknown field %q", Clip(key, maxKey))
	if len(key) > maxKey {
		msg += fmt.Sprintf(" (known fields: %s)", strings.Join(plan.names, ", "))
	} else if s := suggest(key, plan.names); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	} else {
		msg += fmt.Sprintf(" (known fields: %s)", strings.Join(plan.names, ", "))
	}
	dc.path = append(dc.path, pathElem{name: key, isKey: true})
	dc.add(k, ErrUnknownField, msg)
	dc.path = dc.path[:len(dc.path)-1]
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

// describe names a node's kind and, for a scalar, its value: "a string
// \"many\"", "a list".
func (dc *decoder) describe(nd *node) string {
	if q := dc.quoteScalar(nd); q != "" {
		return nd.kind.String() + " " + q
	}
	return nd.kind.String()
}

func (dc *decoder) quoteScalar(nd *node) string {
	switch nd.kind {
	case Map, Seq, Null:
		return ""
	}
	s := dc.d.str(nd)
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return strconv.Quote(s)
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
