package valid

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCheckName(t *testing.T) {
	for s, want := range map[string]string{
		"Technology Director": "",
		"Café \u200b Zürich":  "", // a zero-width space is in real ESCO labels
		"":                    "",
		"a\tb":                "the control character U+0009",
		"a\nb":                "the control character U+000A",
		"\u0085":              "the control character U+0085",
		"\u009b31m":           "the control character U+009B",
		"a\u2028b":            "the line separator U+2028",
		"a\u2029b":            "the paragraph separator U+2029",
		"a\u202eb":            "the bidirectional formatting character U+202E",
		"a\u200fb":            "the bidirectional formatting character U+200F",
		"a\u061cb":            "the bidirectional formatting character U+061C",
		"a\x00b":              "the control character U+0000 (NUL)",
		"bad \xff":            "is not valid UTF-8 text",
	} {
		got := CheckName(s)
		if want == "" {
			assert.Empty(t, got, "%q", s)
			continue
		}
		assert.Contains(t, got, want, "%q", s)
	}
}

func TestCheckFreeText(t *testing.T) {
	for s, want := range map[string]string{
		"two\nlines\r\nand\ttab":     "",
		"Sales \u0080 1,000\u0099":   "", // ESCO's mojibake
		"line\u2028separator\u2029":  "", // the DDaT framework's
		"\u0085next line":            "",
		"\u202bembedded\u202c":       "",
		"\u2067isolate\u2069":        "",
		"\u2068a\u202eb\u2069":       "", // PDI closes what opened inside its isolate
		"\u202c\u2069 closers alone": "",
		"\u200fmarks\u200e\u061c":    "",
		"esc \x1b[31m":               "the control character U+001B",
		"del \x7f":                   "the control character U+007F",
		"open \u202e":                "U+202E that is not closed by U+202C (PDF)",
		"open \u2066":                "U+2066 that is not closed by U+2069 (PDI)",
		"\u202ea\u2069":              "U+202E that is not closed by U+202C (PDF)",
		"\u2066a\u202c":              "U+2066 that is not closed by U+2069 (PDI)",
		"\u202a\u202b\u202c":         "U+202A that is not closed",
	} {
		got := CheckFreeText(s)
		if want == "" {
			assert.Empty(t, got, "%q", s)
			continue
		}
		assert.Contains(t, got, want, "%q", s)
	}
}

type textDoc struct {
	Title   string   `json:"title" validate:"required,max=200"`
	Aliases []string `json:"aliases,omitempty" validate:"dive,required,max=200"`
	Region  string   `json:"region,omitempty" validate:"max=200"`
	Items   []struct {
		Text string `json:"text" validate:"required"`
		Note string `json:"note,omitempty"`
	} `json:"items" validate:"dive"`
}

func TestTextWalk(t *testing.T) {
	d := textDoc{Title: " ", Aliases: []string{"ok", "\t", "\u200b\ufeff", "\u115f", "\u180e", "a\u200db"}, Region: "  "}
	d.Items = append(d.Items, struct {
		Text string `json:"text" validate:"required"`
		Note string `json:"note,omitempty"`
	}{Text: "a\nb", Note: "x\x1b"}, struct {
		Text string `json:"text" validate:"required"`
		Note string `json:"note,omitempty"`
	}{Text: "\u3000", Note: " "})
	var got []TextProblem
	Text(&d, func(p TextProblem) { got = append(got, p) })
	const missing = "is required: it holds only white space or invisible characters"
	assert.Equal(t, []TextProblem{
		{Path: "title", Message: missing, Missing: true},
		{Path: "aliases[1]", Message: missing, Missing: true},
		{Path: "aliases[2]", Message: missing, Missing: true},
		{Path: "aliases[3]", Message: missing, Missing: true},
		{Path: "aliases[4]", Message: missing, Missing: true},
		{Path: "region", Message: "holds only white space or invisible characters: leave it out or give a name"},
		{Path: "items[0].note", Message: `"x\x1b" holds the control character U+001B: expected text with no control characters other than tab and line breaks`},
		{Path: "items[1].text", Message: missing, Missing: true},
	}, got, "an optional name of spaces is a problem, optional free text of spaces is not; a joiner between letters is allowed; free text keeps its line break")
}

// Blank: white space and default-ignorable characters only (Unicode's
// Default_Ignorable_Code_Point).
func TestBlank(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "\u00a0", "\u3000", "\u200b", "\ufeff", "\u180e", "\u115f", "\u3164", "\u00ad", "\u034f", "\ufe0f", "\U000e0001", "\u2060", "\u200b \u200d"} {
		assert.True(t, Blank(s), "%q", s)
	}
	for _, s := range []string{"a", " a", "\u200ba", "\xff", "\u00a0.", "\U0001f600"} {
		assert.False(t, Blank(s), "%q", s)
	}
}

// printable, eight bytes at a time, agrees with a byte-by-byte check.
func TestPrintable(t *testing.T) {
	naive := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < 0x20 || s[i] >= 0x7f {
				return false
			}
		}
		return true
	}
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = byte(0x20 + r.IntN(0x5f))
			if r.IntN(30) == 0 {
				b[i] = byte(r.IntN(256))
			}
		}
		assert.Equal(t, naive(string(b)), printable(string(b)), "%q", b)
	}
	for c := range 256 {
		s := strings.Repeat("a", c%9) + string([]byte{byte(c)}) + "bcdefghij"
		assert.Equal(t, naive(s), printable(s), "%q", s)
	}
}
