package role

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// ErrYears is returned, wrapped in a *YearsError, for a span of years that
// is malformed, negative, or whose minimum exceeds its maximum.
var ErrYears = errors.New("invalid span of years")

// YearsError records a span of years that could not be parsed.
type YearsError struct {
	Input string // the offending text
	Why   string // what is wrong and what was expected
}

// Error describes the problem in one line, quoting the offending input
// escaped and cut to 80 bytes (problem.Quote).
func (e *YearsError) Error() string {
	return fmt.Sprintf("%v %s: %s", ErrYears, problem.Quote(e.Input, problem.MaxQuote), problem.Text(e.Why, problem.MaxMessage))
}

// Unwrap returns ErrYears, so that errors.Is(err, ErrYears) holds.
func (e *YearsError) Unwrap() error { return ErrYears }

// maxYears bounds a span: no career asks for more than a working life.
const maxYears = 80

// Years is a span of years of experience as job descriptions write it:
// "10-15+" (ten to fifteen, and more is common), "5-7", "3", "10+". It is a
// comparable value; the zero value is "not stated" and formats as "".
type Years struct {
	min, max uint8
	open     bool // the upper bound is open-ended ("+")
	set      bool
}

// ParseYears parses "N", "N+", "N-M" or "N-M+" with 0 <= N <= M <= 80.
// An en dash may stand for the hyphen, and spaces around it are ignored.
func ParseYears(s string) (Years, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Years{}, &YearsError{Input: s, Why: `expected "N", "N+", "N-M" or "N-M+", such as "10-15+"`}
	}
	y := Years{set: true}
	if strings.HasSuffix(t, "+") {
		y.open = true
		t = strings.TrimSpace(t[:len(t)-1])
	}
	t = strings.ReplaceAll(t, "–", "-")
	lo, hi, isRange := strings.Cut(t, "-")
	parse := func(p string) (uint8, error) {
		p = strings.TrimSpace(p)
		n, err := strconv.Atoi(p)
		if err != nil || p == "" || p[0] == '+' || p[0] == '-' {
			return 0, &YearsError{Input: s, Why: `expected whole numbers of years, such as "10-15+"`}
		}
		if n > maxYears {
			return 0, &YearsError{Input: s, Why: fmt.Sprintf("more than %d years is not a career span", maxYears)}
		}
		return uint8(n), nil
	}
	var err error
	if y.min, err = parse(lo); err != nil {
		return Years{}, err
	}
	y.max = y.min
	if isRange {
		if y.max, err = parse(hi); err != nil {
			return Years{}, err
		}
		if y.min > y.max {
			return Years{}, &YearsError{Input: s, Why: "the minimum is greater than the maximum"}
		}
	}
	return y, nil
}

// MustParseYears is like ParseYears but panics on bad input.
func MustParseYears(s string) Years {
	y, err := ParseYears(s)
	if err != nil {
		panic(err)
	}
	return y
}

// IsZero reports whether y is the zero Years ("not stated").
func (y Years) IsZero() bool { return !y.set }

// Min returns the lower bound in years.
func (y Years) Min() int { return int(y.min) }

// Max returns the upper bound in years; for "10+" it is 10, with OpenEnded
// true.
func (y Years) Max() int { return int(y.max) }

// OpenEnded reports whether more than Max years is common ("10-15+").
func (y Years) OpenEnded() bool { return y.open }

// String formats y in the form ParseYears reads: "10-15+", "5-7", "3", "10+".
func (y Years) String() string {
	if !y.set {
		return ""
	}
	s := strconv.Itoa(int(y.min))
	if y.max != y.min {
		s += "-" + strconv.Itoa(int(y.max))
	}
	if y.open {
		s += "+"
	}
	return s
}

// MarshalText implements encoding.TextMarshaler.
func (y Years) MarshalText() ([]byte, error) { return []byte(y.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero
// Years.
func (y *Years) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*y = Years{}
		return nil
	}
	v, err := ParseYears(string(b))
	if err != nil {
		return err
	}
	*y = v
	return nil
}
