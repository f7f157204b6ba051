package salary

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// ErrCurrencyMismatch is returned, wrapped in a *MoneyError, *ValueError or
// *ParseError, when an operation is given amounts in two currencies. This
// package never converts between currencies.
var ErrCurrencyMismatch = errors.New("currencies differ")

// ErrOverflow is returned, wrapped in a *MoneyError or *ValueError, when a
// result does not fit in an int64 count of minor units.
var ErrOverflow = errors.New("result overflows int64 minor units")

// ErrNoFigure is returned, wrapped in a *ParseError, for text that states no
// pay figure at all: "", "Competitive", "DOE", "Negotiable". A program
// reading job advertisements can record such pay as "not stated" rather
// than as malformed. It wraps ErrSyntax, so errors.Is(err, ErrSyntax) holds
// for it too.
var ErrNoFigure = fmt.Errorf("no pay figure: %w", ErrSyntax)

// MoneyError records a Money operation that could not be done, in the manner
// of strconv.NumError. It unwraps to ErrCurrencyMismatch or ErrOverflow.
type MoneyError struct {
	Op  string // "add", "sub", "neg", "mul", "compare" or "convert"
	X   Money  // the receiver
	Y   Money  // the other operand; the zero Money for one-operand operations
	Err error  // ErrCurrencyMismatch or ErrOverflow
}

// Error describes the failure in words, naming the amounts involved:
// "cannot add EUR 1.00 to USD 5.00: they are in different currencies, and no
// exchange rate is assumed".
func (e *MoneyError) Error() string {
	var what string
	switch e.Op {
	case "add":
		what = "add " + e.Y.String() + " to " + e.X.String()
	case "sub":
		what = "subtract " + e.Y.String() + " from " + e.X.String()
	case "compare":
		what = "compare " + e.X.String() + " with " + e.Y.String()
	case "neg":
		what = "negate " + e.X.String()
	case "mul":
		what = "multiply " + e.X.String()
	case "convert":
		what = "convert " + e.X.String() + " to another pay period"
	default:
		what = e.Op + " " + e.X.String()
		if !e.Y.IsZero() {
			what += " and " + e.Y.String()
		}
	}
	var why string
	switch {
	case errors.Is(e.Err, ErrCurrencyMismatch):
		why = "they are in different currencies, and no exchange rate is assumed"
	case errors.Is(e.Err, ErrOverflow):
		why = "the result is too large (amounts are held as 64-bit counts of minor units)"
	default:
		why = errText(e.Err)
	}
	return "cannot " + what + ": " + why
}

// Unwrap returns the sentinel, for errors.Is.
func (e *MoneyError) Unwrap() error { return e.Err }

// ValueError records arguments that do not make a valid Range, Band,
// Summary or Distribution, or a formula that cannot be computed on them
// (such as the penetration of a band with no width). It unwraps to ErrRange,
// ErrCurrencyMismatch, ErrOverflow, ErrUnknownCurrency, ErrUnknownPeriod,
// ErrUnknownStatistic or ErrTopCoded.
type ValueError struct {
	Func string // the function or method, for programs: "NewRange", "Band.Penetration"
	Why  string // what was wrong and what was expected, in words
	Err  error  // the sentinel
}

// Error returns Why, which says in words what was wrong and what was
// expected; Func is left to programs (errors.As) so that the text reads well
// where it reaches a person.
func (e *ValueError) Error() string {
	if e.Why == "" {
		return errText(e.Err)
	}
	return e.Why
}

// Unwrap returns the sentinel, for errors.Is.
func (e *ValueError) Unwrap() error { return e.Err }

// ParseError records text that Parse, ParseMoney or ParseBand could not read.
// It keeps the input, the byte offset where reading stopped and what was
// expected. It unwraps to ErrSyntax (or ErrNoFigure, which wraps it),
// ErrRange, ErrUnknownCurrency or ErrCurrencyMismatch.
type ParseError struct {
	Func   string // "Parse", "ParseMoney" or "ParseBand"
	Input  string // the text as given
	Offset int    // byte offset in Input where the problem was found
	Why    string // what was wrong and what was expected
	Err    error  // the sentinel
}

// Error describes the failure on one line: what was being read, the input
// quoted (cut to about 80 bytes around the problem when longer, control
// characters escaped), the 1-based column in characters, and the reason:
//
//	pay "€5.000": column 2: ambiguous decimal separator: …
func (e *ParseError) Error() string {
	what := "pay"
	switch e.Func {
	case "ParseMoney":
		what = "money"
	case "ParseBand":
		what = "pay band"
	}
	why := e.Why
	if why == "" {
		why = errText(e.Err)
	}
	off := min(max(e.Offset, 0), len(e.Input))
	return what + " " + excerpt(e.Input, off) + ": column " +
		strconv.Itoa(utf8.RuneCountInString(e.Input[:off])+1) + ": " + why
}

// Unwrap returns the sentinel, for errors.Is.
func (e *ParseError) Unwrap() error { return e.Err }

// errText is err's message, or "error" for a nil one, so that an error
// value built by hand without its sentinel still prints.
func errText(err error) string {
	if err == nil {
		return "error"
	}
	return err.Error()
}

// maxEcho is the most bytes of an input that an error message quotes.
const maxEcho = 80

// quote returns s Go-quoted (control characters escaped), cut to about
// maxEcho bytes with "…" after it when longer: the module's one rule for
// echoing input (problem.Quote).
func quote(s string) string { return problem.Quote(s, maxEcho) }

// excerpt returns s Go-quoted, or when s is longer than maxEcho bytes, the
// quoted part of about maxEcho bytes around byte offset off, with "…" on the
// side or sides cut. Cuts fall on rune boundaries.
func excerpt(s string, off int) string {
	if len(s) <= maxEcho {
		return strconv.Quote(s)
	}
	start := max(0, min(off-maxEcho/2, len(s)-maxEcho))
	// Back off to a rune start, at most UTFMax-1 bytes: in text that is not
	// UTF-8 there may be none.
	for k := 0; k < utf8.UTFMax-1 && start > 0 && !utf8.RuneStart(s[start]); k++ {
		start--
	}
	end := min(len(s), start+maxEcho)
	for k := 0; k < utf8.UTFMax-1 && end < len(s) && !utf8.RuneStart(s[end]); k++ {
		end--
	}
	q := strconv.Quote(s[start:end])
	if start > 0 {
		q = "…" + q
	}
	if end < len(s) {
		q += "…"
	}
	return q
}
