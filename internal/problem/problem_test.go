package problem

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestText(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"plain", 10, "plain"},
		{"x\nINFO forged", 100, `x\nINFO forged`},
		{"\x1b[31mred\x7f", 100, `\x1b[31mred\x7f`},
		{"a\u0085b\u009bc", 100, `a\u0085b\u009bc`},
		{"evil\u202etxt.exe", 100, `evil\u202etxt.exe`},
		{"\u2066\u2069\u200e\u061c\u2028\u2029", 100, `\u2066\u2069\u200e\u061c\u2028\u2029`},
		{"tab\there", 100, `tab\there`},
		{"bad\xffbyte", 100, `bad\xffbyte`},
		{`back\slash`, 100, `back\slash`},
		{"café ✓ \u200b\u200d", 100, "café ✓ \u200b\u200d"}, // printable and joiners stay
		{strings.Repeat("x", 20), 10, "xxxxxxx…"},
		{"ééééé", 9, "ééé…"},
		{"éé\n", 8, "éé\\n"},
		{"ééé\nx", 8, "éé…"},
		{"abcdefgh\n", 9, `abcdef…`},
		{"abcdefgh\n", 10, `abcdefgh\n`},
		{"abcdefg\n", 9, `abcdefg\n`},
		{"\n\n\n\n\n", 8, `\n\n…`},
	}
	for _, tt := range tests {
		got := Text(tt.in, tt.n)
		assert.Equal(t, tt.want, got, "Text(%q, %d)", tt.in, tt.n)
		assert.LessOrEqual(t, len(got), max(tt.n, 8))
	}
}

// FuzzText checks the text rule: the result is at most n bytes of valid
// UTF-8 holding no character a log must not carry, Text is idempotent,
// and a clean short text is left as it is.
func FuzzText(f *testing.F) {
	for _, s := range []string{"", "x\ny", "\x1b[31m", "\u202e", "\xff\xfe", "ééé", strings.Repeat("\u2028", 50)} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = n % 2000
		got := Text(s, n)
		require.LessOrEqual(t, len(got), max(n, 8))
		require.True(t, utf8.ValidString(got), "%q", got)
		require.False(t, strings.ContainsFunc(got, Unsafe), "%q", got)
		require.Equal(t, got, Text(got, n), "idempotent")
		if len(s) <= max(n, 8) && utf8.ValidString(s) && !strings.ContainsFunc(s, Unsafe) {
			require.Equal(t, s, got)
		}
	})
}

func TestListCapsAndCounts(t *testing.T) {
	var l List
	for i := range Max + 50 {
		l.Addf("f.csv", i+1, 0, "", ErrValue, "row %d: %s", i, strings.Repeat("\n", 1000))
	}
	assert.Equal(t, Max+50, l.Count())
	assert.Equal(t, 50, l.More())
	require.Len(t, l.Items(), Max)
	assert.True(t, l.Full())
	p := l.Items()[0]
	assert.LessOrEqual(t, len(p.Message), MaxMessage)
	assert.True(t, strings.HasPrefix(p.Message, `row 0: \n\n`))
	l.Skip(7)
	assert.Equal(t, 57, l.More())
	assert.Equal(t, fmt.Sprintf("f.csv:1: %s; f.csv:2: %s; f.csv:3: %s (and 154 more problems)", l.Items()[0].Message, l.Items()[1].Message, l.Items()[2].Message), Summary(l.Items(), l.More()))
}

func TestSummary(t *testing.T) {
	p := Problem{File: "a.yaml", Line: 2, Column: 3, Path: "roles[a].x", Message: "bad"}
	assert.Equal(t, "", Summary(nil, 0))
	assert.Equal(t, "(and 4 more problems)", Summary(nil, 4))
	assert.Equal(t, "a.yaml:2:3: roles[a].x: bad", Summary([]Problem{p}, 0))
	assert.Equal(t, "a.yaml:2:3: roles[a].x: bad (and 1 more problem)", Summary([]Problem{p}, 1))
	assert.Equal(t, "a.yaml:2:3: roles[a].x: bad; a.yaml:2:3: roles[a].x: bad; a.yaml:2:3: roles[a].x: bad (and 1 more problem)", Summary([]Problem{p, p, p, p}, 0))
}

func TestUnreadable(t *testing.T) {
	cause := fmt.Errorf("wrapped: %w", ErrEmpty)
	k := Unreadable(cause)
	assert.ErrorIs(t, k, ErrUnreadable)
	assert.ErrorIs(t, k, ErrEmpty)
	assert.Equal(t, ErrUnreadable.Error(), k.Error())
	assert.Equal(t, ErrUnreadable, Unreadable(nil))
}

func TestQuote(t *testing.T) {
	assert.Equal(t, `"a\nINFO forged"`, Quote("a\nINFO forged", MaxQuote))
	assert.Equal(t, `"x\u202ey"`, Quote("x\u202ey", MaxQuote))
	assert.Equal(t, `"éééé"…`, Quote("ééééé", 9), "a cut inside a character backs off to its start")
	assert.Equal(t, `"abcdefgh"…`, Quote("abcdefghij", 2), "n below 8 is 8")
	long := Quote(strings.Repeat("\x1b", 5<<20), MaxQuote)
	assert.LessOrEqual(t, len(long), 4*MaxQuote+3+len("…"))
	assert.NotContains(t, long, "\x1b")
}
