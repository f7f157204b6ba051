// Package salary holds the value types for pay: ISO 4217 currencies, exact
// money in minor units, decimal amounts as catalogs write them, pay periods
// and the conventions that convert between them, the statistic a source
// reports, pay ranges as sources state them, pay bands, and summaries of what
// several sources say.
//
// # Exactness
//
// Money is an integer count of a currency's minor units (cents, yen, fils)
// and never passes through float64, so sums and comparisons are exact to the
// unit. Arithmetic (Money.Add, Sub, Neg, MulInt, Compare) refuses mixed
// currencies with ErrCurrencyMismatch and int64 overflow with ErrOverflow
// rather than wrapping. Amount is the decimal figure a catalog file states in
// major units (150000 or 68.50); Amount.In pairs it with a Currency and
// refuses figures more precise than the currency's minor unit.
//
// # Rounding
//
// Where a result is not a whole number of minor units (period conversion,
// midpoints, bands built from a midpoint and a spread, the median of an even
// number of midpoints) it is computed exactly with integer arithmetic (a
// 128-bit intermediate from math/bits where needed) and rounded once to the
// minor unit, halves away from zero. Ratios between amounts (compa-ratio,
// penetration, spread, overlap) are float64, as they are not money.
//
// # Periods
//
// Convention says how many hours, days, weeks and months make a year
// (DefaultConvention: 2,080, 260, 52, 12). Convention.Convert and
// Range.Annualized use it; nothing converts periods implicitly.
//
// # Reading pay as people write it
//
// Parse reads the ways sources write pay — "$150,000 - $250,000+",
// "just above U.S. $142,500", "$142.5k", "€70k-€90k per year",
// "$68.50/hour", "150000 USD" — into a Range, and refuses what it would have
// to guess: "€5.000" might be five euros or five thousand. Range.String
// writes a form Parse reads back to an equal value. Band models a pay band
// (minimum, midpoint, maximum) with its standard ratios; Summarize sets
// several sources' figures side by side without pretending they agree.
//
// # Value types
//
// Every type here except Summary is an immutable, comparable value in the
// manner of net/netip: the zero value is documented and means "not given",
// parsing is by Parse functions that return typed errors (*ParseError,
// *AmountError, *CurrencyError, *PeriodError, *StatisticError, *MoneyError,
// *ValueError, *ConventionError), which unwrap to ErrSyntax, ErrRange,
// ErrUnknownCurrency, ErrUnknownPeriod, ErrUnknownStatistic,
// ErrCurrencyMismatch, ErrOverflow or ErrPeriodMismatch, and text
// marshalling round-trips. Nothing panics on input except the Must
// functions, which are for constants.
package salary
