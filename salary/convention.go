package salary

import "strconv"

// ConventionError records a Convention field that cannot be used for
// conversion. It unwraps to ErrRange.
type ConventionError struct {
	Field string // "HoursPerYear", "DaysPerYear", "WeeksPerYear" or "MonthsPerYear"
	Value int    // the offending value
	Err   error  // ErrRange
}

// Error names the field and its value: "the convention's HoursPerYear is 0:
// expected a positive count".
func (e *ConventionError) Error() string {
	return "the convention's " + e.Field + " is " + strconv.Itoa(e.Value) + ": expected a positive count"
}

// Unwrap returns ErrRange, for errors.Is.
func (e *ConventionError) Unwrap() error { return e.Err }

// Convention says how many of each pay period make a year, for converting
// pay between periods. There is no single right answer (a year is 2,080
// paid hours on a 40-hour week, 1,950 on a 37.5-hour week), so every
// conversion names the convention it uses.
//
// Every field must be positive. The zero Convention is not valid: start from
// DefaultConvention and change the fields that differ.
type Convention struct {
	HoursPerYear  int // paid hours in a year; 2,080 = 40 hours × 52 weeks
	DaysPerYear   int // paid days in a year; 260 = 5 days × 52 weeks
	WeeksPerYear  int // 52
	MonthsPerYear int // 12
}

// DefaultConvention returns the US full-time convention: 2,080 hours, 260
// days, 52 weeks and 12 months a year. Each call returns a fresh value, so
// changing it affects only the caller.
func DefaultConvention() Convention {
	return Convention{HoursPerYear: 2080, DaysPerYear: 260, WeeksPerYear: 52, MonthsPerYear: 12}
}

// Validate returns a *ConventionError (wrapping ErrRange) for the first field
// that is zero or negative, or nil.
func (c Convention) Validate() error {
	for _, f := range [...]struct {
		name string
		v    int
	}{{"HoursPerYear", c.HoursPerYear}, {"DaysPerYear", c.DaysPerYear}, {"WeeksPerYear", c.WeeksPerYear}, {"MonthsPerYear", c.MonthsPerYear}} {
		if f.v <= 0 {
			return &ConventionError{Field: f.name, Value: f.v, Err: ErrRange}
		}
	}
	return nil
}

// PerYear returns how many periods p make a year under c: HoursPerYear for
// Hourly, DaysPerYear for Daily, WeeksPerYear for Weekly, MonthsPerYear for
// Monthly and 1 for Annual. It returns a *PeriodError for Unspecified or an
// unknown period and a *ConventionError if the field is not positive.
func (c Convention) PerYear(p Period) (int, error) {
	var n int
	var field string
	switch p {
	case Hourly:
		n, field = c.HoursPerYear, "HoursPerYear"
	case Daily:
		n, field = c.DaysPerYear, "DaysPerYear"
	case Weekly:
		n, field = c.WeeksPerYear, "WeeksPerYear"
	case Monthly:
		n, field = c.MonthsPerYear, "MonthsPerYear"
	case Annual:
		return 1, nil
	default:
		return 0, &PeriodError{Input: p.String(), Err: ErrUnknownPeriod}
	}
	if n <= 0 {
		return 0, &ConventionError{Field: field, Value: n, Err: ErrRange}
	}
	return n, nil
}

// Convert returns m, a figure per period from, as a figure per period to:
//
//	result = m × PerYear(from) / PerYear(to)
//
// computed exactly in integer minor units with a 128-bit intermediate, then
// rounded once to the minor unit, halves away from zero. With the default
// convention $68.50 an hour is $142,480.00 a year (6,850¢ × 2,080), and
// $150,000 a year is $72.12 an hour (15,000,000¢ / 2,080 = 7,211.54¢, rounded
// to 7,212¢). Converting there and back can differ from the start by the
// rounding.
//
// It returns a *ConventionError if c is not valid (Validate), a *PeriodError
// if either period is Unspecified or unknown, and a *MoneyError wrapping
// ErrOverflow if the result does not fit in an int64 count of minor units.
// Converting to the same period returns m unchanged.
func (c Convention) Convert(m Money, from, to Period) (Money, error) {
	if err := c.Validate(); err != nil {
		return Money{}, err
	}
	num, err := c.PerYear(from)
	if err != nil {
		return Money{}, err
	}
	den, err := c.PerYear(to)
	if err != nil {
		return Money{}, err
	}
	if from == to {
		return m, nil
	}
	r, ok := mulDivRound(m.minor, uint64(num), uint64(den))
	if !ok {
		return Money{}, &MoneyError{Op: "convert", X: m, Err: ErrOverflow}
	}
	return Money{minor: r, cur: m.cur}, nil
}
