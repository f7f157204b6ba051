package salary

import (
	"errors"
	"fmt"
	"strconv"
)

// ErrCurrencyMismatch is returned, wrapped in a *MoneyError, *ValueError or
// *ParseError, when an operation is given amounts in two currencies. This
// package never converts between currencies.
var ErrCurrencyMismatch = errors.New("currencies differ")

// ErrOverflow is returned, wrapped in a *MoneyError or *ValueError, when a
// result does not fit in an int64 count of minor units.
var ErrOverflow = errors.New("result overflows int64 minor units")

// MoneyError records a Money operation that could not be done, in the manner
// of strconv.NumError. It unwraps to ErrCurrencyMismatch or ErrOverflow.
type MoneyError struct {
	Op  string // "add", "sub", "neg", "mul", "compare" or "convert"
	X   Money  // the receiver
	Y   Money  // the other operand; the zero Money for one-operand operations
	Err error  // ErrCurrencyMismatch or ErrOverflow
}

// Error describes the failure, quoting the values involved.
func (e *MoneyError) Error() string {
	switch e.Op {
	case "neg", "mul", "convert":
		return fmt.Sprintf("salary: %s %v: %v", e.Op, e.X, e.Err)
	}
	return fmt.Sprintf("salary: %s %v and %v: %v", e.Op, e.X, e.Y, e.Err)
}

// Unwrap returns the sentinel, for errors.Is.
func (e *MoneyError) Unwrap() error { return e.Err }

// ValueError records arguments that do not make a valid Range, Band or
// Summary, or a formula that cannot be computed on them (such as the
// penetration of a band with no width). It unwraps to ErrRange,
// ErrCurrencyMismatch, ErrOverflow, ErrUnknownCurrency, ErrUnknownPeriod or
// ErrUnknownStatistic.
type ValueError struct {
	Func string // the function or method: "NewRange", "Band.Penetration"
	Why  string // what was wrong and what was expected
	Err  error  // the sentinel
}

// Error describes the failure, quoting the values involved.
func (e *ValueError) Error() string {
	return "salary: " + e.Func + ": " + e.Why + ": " + errText(e.Err)
}

// Unwrap returns the sentinel, for errors.Is.
func (e *ValueError) Unwrap() error { return e.Err }

// ParseError records text that Parse, ParseMoney or ParseBand could not read.
// It quotes the input, gives the byte offset where reading stopped and says
// what was expected. It unwraps to ErrSyntax, ErrRange, ErrUnknownCurrency or
// ErrCurrencyMismatch.
type ParseError struct {
	Func   string // "Parse", "ParseMoney" or "ParseBand"
	Input  string // the text as given
	Offset int    // byte offset in Input where the problem was found
	Why    string // what was expected
	Err    error  // the sentinel
}

// Error describes the failure, quoting the values involved.
func (e *ParseError) Error() string {
	return "salary: " + e.Func + "(" + strconv.Quote(e.Input) + "): at byte " +
		strconv.Itoa(e.Offset) + ": " + e.Why + ": " + errText(e.Err)
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
