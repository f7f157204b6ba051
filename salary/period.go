package salary

import (
	"errors"
	"fmt"
)

// ErrUnknownPeriod is returned, wrapped in a *PeriodError, for a pay period
// name this package does not know.
var ErrUnknownPeriod = errors.New("unknown pay period")

// PeriodError records a pay period that could not be parsed, or a
// conversion that needs a pay period where none is stated.
type PeriodError struct {
	Input string // the offending name, an invalid Period's String form, or "" when none is stated
	Why   string // what was wrong, in words, where more is known than Input says; may be ""
	Err   error  // ErrUnknownPeriod
}

// Error describes the problem in one line: Why when set; for an empty Input
// "no pay period is stated"; otherwise `unknown pay period "fortnightly":
// expected one of hourly, daily, weekly, monthly, annual` (the input quoted
// and cut to about 80 bytes).
func (e *PeriodError) Error() string {
	switch {
	case e.Why != "":
		return e.Why
	case e.Input == "":
		return "no pay period is stated"
	}
	return "unknown pay period " + quote(e.Input) + ": expected one of hourly, daily, weekly, monthly, annual"
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *PeriodError) Unwrap() error { return e.Err }

// Period is the span of time a pay figure is for. The zero value is
// Unspecified, which a catalog reads as "not stated".
type Period uint8

// The pay periods, shortest first.
const (
	Unspecified Period = iota
	Hourly
	Daily
	Weekly
	Monthly
	Annual
)

var periodNames = [...]string{"", "hourly", "daily", "weekly", "monthly", "annual"}

// ParsePeriod parses "hourly", "daily", "weekly", "monthly" or "annual"
// ("yearly" is accepted as a synonym of "annual").
func ParsePeriod(s string) (Period, error) {
	for i, n := range periodNames {
		if i > 0 && s == n {
			return Period(i), nil
		}
	}
	if s == "yearly" {
		return Annual, nil
	}
	return Unspecified, &PeriodError{Input: s, Err: ErrUnknownPeriod}
}

// String returns the period's name, or "" for Unspecified.
func (p Period) String() string {
	if int(p) < len(periodNames) {
		return periodNames[p]
	}
	return fmt.Sprintf("Period(%d)", uint8(p))
}

// MarshalText implements encoding.TextMarshaler.
func (p Period) MarshalText() ([]byte, error) {
	if int(p) >= len(periodNames) {
		return nil, &PeriodError{Input: p.String(), Err: ErrUnknownPeriod}
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is Unspecified.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Unspecified
		return nil
	}
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// ErrUnknownStatistic is returned, wrapped in a *StatisticError, for a
// statistic name this package does not know.
var ErrUnknownStatistic = errors.New("unknown statistic")

// StatisticError records a statistic name that could not be parsed.
type StatisticError struct {
	Input string // the offending name, or an invalid Statistic's String form
	Err   error  // ErrUnknownStatistic
}

// Error describes the problem in one line, quoting the offending input (cut
// to about 80 bytes): `unknown statistic "mode": expected one of range,
// average, median, p10, p25, p50, p75, p90`.
func (e *StatisticError) Error() string {
	return "unknown statistic " + quote(e.Input) + ": expected one of range, average, median, p10, p25, p50, p75, p90"
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *StatisticError) Unwrap() error { return e.Err }

// Statistic says what a pay figure reports: a range from a low to a high
// figure, an average (mean), a median, or a percentile. The zero value is
// NoStatistic, "not stated".
type Statistic uint8

// The statistics a source may report.
const (
	NoStatistic Statistic = iota
	RangeOfPay            // a low and a high figure: "$150,000 - $250,000+"
	Average               // an arithmetic mean: "the average annual salary is $118,942"
	Median                // "the median salary ... just above $142,500"
	P10
	P25
	P50 // the 50th percentile as a source labels it; the same figure as a median
	P75
	P90
)

var statisticNames = [...]string{"", "range", "average", "median", "p10", "p25", "p50", "p75", "p90"}

// ParseStatistic parses one of "range", "average", "median", "p10", "p25",
// "p50", "p75", "p90".
func ParseStatistic(s string) (Statistic, error) {
	for i, n := range statisticNames {
		if i > 0 && s == n {
			return Statistic(i), nil
		}
	}
	return NoStatistic, &StatisticError{Input: s, Err: ErrUnknownStatistic}
}

// String returns the statistic's name, or "" for NoStatistic.
func (s Statistic) String() string {
	if int(s) < len(statisticNames) {
		return statisticNames[s]
	}
	return fmt.Sprintf("Statistic(%d)", uint8(s))
}

// Percentile returns the percentile the statistic reports, from 0 to 100,
// and true: 10 for P10, 25 for P25, 50 for P50 and Median, 75 for P75, 90
// for P90. Other statistics (an average, a range, none) are not
// percentiles and return 0, false. DistributionOf uses it.
func (s Statistic) Percentile() (float64, bool) {
	switch s {
	case P10:
		return 10, true
	case P25:
		return 25, true
	case Median, P50:
		return 50, true
	case P75:
		return 75, true
	case P90:
		return 90, true
	}
	return 0, false
}

// IsRange reports whether the statistic is a low-to-high range (and so has a
// minimum and maximum rather than a single figure).
func (s Statistic) IsRange() bool { return s == RangeOfPay }

// MarshalText implements encoding.TextMarshaler.
func (s Statistic) MarshalText() ([]byte, error) {
	if int(s) >= len(statisticNames) {
		return nil, &StatisticError{Input: s.String(), Err: ErrUnknownStatistic}
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is NoStatistic.
func (s *Statistic) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = NoStatistic
		return nil
	}
	v, err := ParseStatistic(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// IsCentral reports whether a figure with the statistic states what a group
// is typically paid: a range of pay, an average, a median (or P50), or a
// figure whose statistic is not stated. The other percentiles (P10, P25,
// P75, P90) state how pay spreads within the group rather than what it
// typically is, and report false; a Distribution is their place (see
// DistributionOf). Summaries of what several sources say a role pays count
// the central figures only, so that a survey's 10th and 90th percentiles do
// not stand beside a company's advertised range as two more opinions.
func (s Statistic) IsCentral() bool {
	switch s {
	case P10, P25, P75, P90:
		return false
	}
	return int(s) < len(statisticNames)
}
