package rolemodel_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
)

// hostile is one input crafted to crash, hang or exhaust a loader, with the
// error it must get instead.
type hostile struct {
	name string
	in   func() string
	kind error
	line int    // the line the problem names; -1 for any
	msg  string // what the problem says
}

func billionLaughs() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [", i, i)
		for k := range 10 {
			if k > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

// manyRoles writes n roles with an ID and a title each, as JSON.
func manyRoles(n int) string {
	var b strings.Builder
	b.Grow(n * 40)
	b.WriteString(`{"roles":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"r%d","title":"Role %d"}`, i, i)
	}
	b.WriteString("]}")
	return b.String()
}

const oneRole = "roles:\n  - id: a\n    title: A\n"

var hostileInputs = []hostile{
	{"billion laughs", billionLaughs, rolemodel.ErrTooLarge, -1, "alias"},
	{"10,000-deep JSON", func() string { return `{"roles":` + strings.Repeat("[", 10_000) + strings.Repeat("]", 10_000) + "}" }, rolemodel.ErrTooLarge, 1, "nest"},
	{"10,000-deep YAML", func() string { return "roles: " + strings.Repeat("[", 10_000) + strings.Repeat("]", 10_000) + "\n" }, rolemodel.ErrTooLarge, 1, "nest"},
	{"10,000-deep YAML blocks", func() string {
		var b strings.Builder
		for i := range 10_000 {
			b.WriteString(strings.Repeat(" ", i) + "k:\n")
		}
		return b.String()
	}, rolemodel.ErrTooLarge, -1, "nest"},
	{"a million roles", func() string { return manyRoles(1_000_000) }, rolemodel.ErrTooLarge, 1, "values"},
	{"a 10 MB title", func() string { return `{"roles":[{"id":"a","title":"` + strings.Repeat("x", 10<<20) + `"}]}` }, rolemodel.ErrInvalidValue, 1, "at most 200"},
	{"a 10 MB key", func() string { return `{"roles":[{"id":"a","title":"A","` + strings.Repeat("k", 10<<20) + `":1}]}` }, rolemodel.ErrUnknownField, 1, "unknown field"},
	{"a 2 MB unknown YAML alias", func() string { return "roles:\n  - *" + strings.Repeat("q", 2<<20) + "\n" }, rolemodel.ErrSyntax, 2, "unknown anchor"},
	{"a 2 MB YAML tag", func() string { return "roles:\n  - !" + strings.Repeat("q", 2<<20) + " x\n" }, rolemodel.ErrWrongType, 2, "unsupported YAML tag"},
	{"a key forging a log line", func() string { return `{"roles":[{"id":"a","title":"A","x\nINFO forged":1}]}` }, rolemodel.ErrUnknownField, 1, `x\nINFO forged`},
	{"a 10 MB ID", func() string { return `{"roles":[{"id":"` + strings.Repeat("a", 10<<20) + `","title":"A"}]}` }, rolemodel.ErrInvalidValue, 1, "not a valid ID"},
	{"a raw NUL byte", func() string { return oneRole + "    aliases: [\"x\x00y\"]\n" }, rolemodel.ErrSyntax, 4, "NUL"},
	{"an escaped NUL", func() string { return `{"roles":[{"id":"a","title":"A\u0000"}]}` }, rolemodel.ErrInvalidValue, 1, "U+0000"},
	{"an escaped escape", func() string { return `{"roles":[{"id":"a","title":"A\u001b[31m"}]}` }, rolemodel.ErrInvalidValue, 1, "U+001B"},
	{"invalid UTF-8 in YAML", func() string { return oneRole + "    aliases: [\"\xc3\x28\"]\n" }, rolemodel.ErrSyntax, -1, "UTF-8"},
	{"invalid UTF-8 in JSON", func() string { return "{\"roles\":[{\"id\":\"a\",\"title\":\"\xff\"}]}" }, rolemodel.ErrSyntax, 1, "UTF-8"},
	{"a UTF-16 file", func() string { return "\xff\xfer\x00o\x00l\x00e\x00s\x00:\x00" }, rolemodel.ErrSyntax, -1, "UTF-8"},
	{"duplicate top-level key", func() string { return oneRole + "roles: []\n" }, rolemodel.ErrDuplicateKey, 4, "roles"},
	{"duplicate role key", func() string { return oneRole + "    title: B\n" }, rolemodel.ErrDuplicateKey, 4, "title"},
	{"duplicate key in a salary", func() string {
		return oneRole + "    salaries:\n      - statistic: median\n        currency: USD\n        value: 1\n        value: 2\n        period: annual\n"
	}, rolemodel.ErrDuplicateKey, 8, "value"},
	{"duplicate key in codes", func() string { return oneRole + "    codes:\n      isco_08: \"1330\"\n      isco_08: \"2511\"\n" }, rolemodel.ErrDuplicateKey, 6, "isco_08"},
	{"duplicate key in a JSON ref", func() string {
		return `{"roles":[{"id":"a","title":"A","advancement_to":[{"role":"b","role":"c"}]},{"id":"b","title":"B"}]}`
	}, rolemodel.ErrDuplicateKey, 1, "role"},
	{"int64 overflow", func() string {
		return oneRole + "    outlook:\n      - region: US\n        openings_per_year: 9223372036854775808\n"
	}, rolemodel.ErrInvalidValue, 6, "out of range"},
	{"an amount past int64 minor units", func() string {
		return oneRole + "    salaries:\n      - statistic: median\n        currency: USD\n        value: 922337203685477580700\n        period: annual\n"
	}, rolemodel.ErrInvalidValue, 7, "out of range"},
	{"a YAML float past float64", func() string { return oneRole + "    outlook:\n      - region: US\n        growth_percent: 1e400\n" }, rolemodel.ErrWrongType, 6, "got a string \"1e400\""},
	{"a JSON float past float64", func() string {
		return `{"roles":[{"id":"a","title":"A","outlook":[{"region":"US","growth_percent":1e400}]}]}`
	}, rolemodel.ErrInvalidValue, 1, "growth_percent"},
}

// TestHostileInputs loads each hostile input and checks that it fails with
// a clear error of the right kind, at the right place, without a catalog.
// BenchmarkHostileInputs measures the time and memory each takes.
func TestHostileInputs(t *testing.T) {
	for _, h := range hostileInputs {
		t.Run(h.name, func(t *testing.T) {
			c, err := rolemodel.Load(strings.NewReader(h.in()))
			require.Error(t, err)
			assert.Nil(t, c)
			assert.ErrorIs(t, err, h.kind)
			var ve *rolemodel.ValidationError
			require.True(t, errors.As(err, &ve))
			found := false
			for _, p := range ve.Problems {
				if errors.Is(p.Err(), h.kind) && strings.Contains(strings.ToLower(p.String()), strings.ToLower(h.msg)) {
					found = true
					if h.line >= 0 {
						assert.Equal(t, h.line, p.Line, "%s", p)
					}
				}
			}
			assert.True(t, found, "no problem of kind %v says %q: %v", h.kind, h.msg, err)
			assert.Less(t, len(err.Error()), 1024, "the error quotes only a little of the input")
		})
	}
}

func BenchmarkHostileInputs(b *testing.B) {
	for _, h := range hostileInputs {
		in := h.in()
		b.Run(strings.ReplaceAll(h.name, " ", "_"), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if _, err := rolemodel.Load(strings.NewReader(in)); err == nil {
					b.Fatal("loaded")
				}
			}
		})
	}
}

// endless is a reader of infinite catalog-looking text with no size.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "# padding\n"[i%10]
	}
	return len(p), nil
}

func TestSizeLimit(t *testing.T) {
	// A 200 MB file is refused from its size, before it is read.
	name := filepath.Join(t.TempDir(), "big.yaml")
	f, err := os.Create(name)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(200<<20))
	require.NoError(t, f.Close())
	_, err = rolemodel.LoadFile(name)
	require.ErrorIs(t, err, rolemodel.ErrTooLarge)
	assert.ErrorContains(t, err, name)

	// A reader with no size is cut off at the limit.
	_, err = rolemodel.Load(io.LimitReader(endless{}, 200<<20))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)

	// The limit is the Loader's to set.
	small := rolemodel.Loader{MaxFileSize: 16}
	_, err = small.Load(strings.NewReader(oneRole))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
	_, err = small.LoadFS(rolemodel.DefaultFS())
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
	c, err := rolemodel.Loader{MaxFileSize: int64(len(oneRole))}.Load(strings.NewReader(oneRole))
	require.NoError(t, err)
	assert.Equal(t, 1, c.NumRoles())
}

func TestLoaderLimits(t *testing.T) {
	in := manyRoles(1000) // 2,002 values
	_, err := rolemodel.Loader{MaxValues: 2000}.Load(strings.NewReader(in))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
	c, err := rolemodel.Loader{MaxValues: 3003}.Load(strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, 1000, c.NumRoles())

	_, err = rolemodel.Loader{MaxDepth: 2}.Load(strings.NewReader(oneRole))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
	_, err = rolemodel.Loader{MaxDepth: 3}.Load(strings.NewReader(oneRole))
	assert.NoError(t, err)

	_, err = rolemodel.Loader{MaxAliasValues: 5}.Load(strings.NewReader("a: &x [1, 2, 3]\nb: [*x, *x]\n"))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)

	// Negative and zero limits mean the defaults.
	c, err = rolemodel.Loader{MaxFileSize: -1, MaxDepth: -1, MaxValues: -1, MaxAliasValues: -1}.LoadFS(rolemodel.DefaultFS())
	require.NoError(t, err)
	assert.Equal(t, rolemodel.Default().NumRoles(), c.NumRoles())
}

func TestLoaderSharedNames(t *testing.T) {
	in := oneRole + "    aliases: [Boss]\n  - id: b\n    title: B\n    aliases: [boss]\n"
	_, err := rolemodel.Load(strings.NewReader(in))
	assert.ErrorIs(t, err, rolemodel.ErrDuplicate)
	c, err := rolemodel.Loader{SharedNames: true}.Load(strings.NewReader(in))
	require.NoError(t, err)
	assert.Len(t, c.LookupAll("BOSS"), 2)
}

var (
	keyLine  = regexp.MustCompile(`^(\s*)([a-z_0-9]+):(.*)$`)
	itemLine = regexp.MustCompile(`^(\s*)- ([a-z_0-9]+):\s*(\S.*)$`)
)

// TestDuplicateKeysAtEveryLevel repeats, one at a time, every key of the
// complete example catalog, at whatever depth it is, in whatever kind of
// entry: each gives ErrDuplicateKey at the repeat's line, and no catalog.
func TestDuplicateKeysAtEveryLevel(t *testing.T) {
	data, err := os.ReadFile("testdata/example.yaml")
	require.NoError(t, err)
	lines := strings.Split(string(data), "\n")
	cases := 0
	for i, l := range lines {
		var dup []string
		if m := itemLine.FindStringSubmatch(l); m != nil {
			// The first key of a list entry: repeat it inside the entry.
			dup = slices.Concat(lines[:i+1], []string{m[1] + "  " + m[2] + ": " + m[3]}, lines[i+1:])
		} else if m := keyLine.FindStringSubmatch(l); m != nil {
			value := m[3]
			if strings.TrimSpace(strings.SplitN(value, "#", 2)[0]) == "" {
				value = " null" // the original opens a block: repeat the key alone
			}
			dup = slices.Concat(lines[:i], []string{m[1] + m[2] + ":" + value}, lines[i:])
		} else {
			continue
		}
		cases++
		c, err := rolemodel.Load(strings.NewReader(strings.Join(dup, "\n")))
		require.Error(t, err, "line %d: %s", i+1, l)
		assert.Nil(t, c)
		var ve *rolemodel.ValidationError
		require.ErrorAs(t, err, &ve)
		p := ve.Problems[0]
		assert.ErrorIs(t, p.Err(), rolemodel.ErrDuplicateKey, "line %d: %s: %s", i+1, l, p)
		assert.Equal(t, i+2, p.Line, "line %d: %s: %s", i+1, l, p)
	}
	assert.Greater(t, cases, 100, "keys repeated")
	t.Logf("%d keys repeated", cases)
}

var jsonKeyLine = regexp.MustCompile(`^(\s*)("[a-z_0-9]+"): (.*?),?$`)

// TestDuplicateKeysAtEveryLevelJSON does the same in the JSON form of the
// example: every key of every object, repeated before itself.
func TestDuplicateKeysAtEveryLevelJSON(t *testing.T) {
	c, err := rolemodel.LoadFile("testdata/example.yaml")
	require.NoError(t, err)
	data, err := json.MarshalIndent(c, "", "  ")
	require.NoError(t, err)
	lines := strings.Split(string(data), "\n")
	cases := 0
	for i, l := range lines {
		m := jsonKeyLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		value := m[3]
		if value == "{" || value == "[" {
			value = "null"
		}
		dup := slices.Concat(lines[:i], []string{m[1] + m[2] + ": " + value + ","}, lines[i:])
		cases++
		_, err := rolemodel.Load(strings.NewReader(strings.Join(dup, "\n")))
		var ve *rolemodel.ValidationError
		require.ErrorAs(t, err, &ve, "line %d: %s", i+1, l)
		p := ve.Problems[0]
		assert.ErrorIs(t, p.Err(), rolemodel.ErrDuplicateKey, "line %d: %s: %s", i+1, l, p)
		assert.Equal(t, i+2, p.Line, "line %d: %s: %s", i+1, l, p)
	}
	assert.Greater(t, cases, 100, "keys repeated")
	t.Logf("%d keys repeated", cases)
}

// peakHeap runs f and returns the largest live heap seen while it ran,
// sampled every 5 ms, in bytes.
func peakHeap(f func()) uint64 {
	runtime.GC()
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		var m runtime.MemStats
		var top uint64
		for {
			runtime.ReadMemStats(&m)
			top = max(top, m.HeapAlloc)
			select {
			case <-done:
				peak <- top
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	f()
	close(done)
	return <-peak
}

// BenchmarkValueLimit loads a file just under the default value limit
// (399,999 roles of an ID and a title: 1,999,997 values), which loads, and
// one of a million roles, which is refused; it reports the peak live heap
// beside time and allocations. Run it alone, once:
//
//	go test -run '^$' -bench BenchmarkValueLimit -benchtime 1x -benchmem
func BenchmarkValueLimit(b *testing.B) {
	for _, bc := range []struct {
		name  string
		roles int
		ok    bool
	}{{"399,999_roles_load", 399_999, true}, {"1,000,000_roles_refused", 1_000_000, false}} {
		in := manyRoles(bc.roles)
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var peak uint64
			for b.Loop() {
				peak = max(peak, peakHeap(func() {
					c, err := rolemodel.Load(strings.NewReader(in))
					if (err == nil) != bc.ok || bc.ok && c.NumRoles() != bc.roles {
						b.Fatalf("loaded %v, error %v", c.NumRoles(), err)
					}
				}))
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}
