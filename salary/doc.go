// Package salary holds the value types for pay: ISO 4217 currencies, exact
// money in minor units, decimal amounts as catalogs write them, pay periods
// and the conventions that convert between them, the statistic a source
// reports, pay ranges as sources state them, pay bands, summaries of what
// several sources say, and the published percentiles of a market with the
// place of a pay figure among them.
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
// Parse reads the ways sources and job advertisements write pay —
// "$150,000 - $250,000+", "just above U.S. $142,500", "$142.5k",
// "€70k-€90k per year", "$68.50/hour", "150000 USD", "$50-60k", "£60k pa",
// "up to £80k", "£60k-£70k DOE", "£400 per day" — into a Range, keeps what
// is said beside the figures ("DOE", "+ bonus") as its Note, and refuses
// what it would have to guess: "€5.000" might be five euros or five
// thousand, "$500-60k" $500 or $500,000. Text with no figure at all
// ("Competitive") is refused with ErrNoFigure. Range.String writes a form
// Parse reads back to an equal value. Band models a pay band (minimum,
// midpoint, maximum) with its standard ratios; Summarize sets several
// sources' figures side by side without pretending they agree.
//
// # Where pay sits in a market
//
// Distribution holds the percentiles a source publishes for a market (OEWS:
// the 10th, 25th, 50th, 75th and 90th, some top-coded as "$239,200 or
// more"). PercentileOf places a pay figure, such as a band's midpoint, among
// them, interpolating linearly between published points and answering
// "below the 10th percentile" or "between the 75th and 90th percentiles"
// where the points do not pin it down; At gives the pay at a percentile. A
// figure in another currency is an error: no exchange rates are assumed.
//
// # Value types
//
// Currency, Money, Amount, Period, Statistic, Range, Band and Position are
// immutable, comparable values in the manner of net/netip: the zero value is
// documented and means "not given", and the first seven have text forms
// whose marshalling round-trips. Summary and Distribution are immutable but
// hold lists, so they are not comparable; Convention and Point are plain
// structs. Parsing is by Parse functions, and every failure is a typed error
// (*ParseError, *AmountError, *CurrencyError, *PeriodError, *StatisticError,
// *MoneyError, *ValueError, *ConventionError) that unwraps to ErrSyntax (or
// ErrNoFigure, which wraps it), ErrRange, ErrUnknownCurrency,
// ErrUnknownPeriod, ErrUnknownStatistic, ErrCurrencyMismatch, ErrOverflow,
// ErrPeriodMismatch or ErrTopCoded. Nothing panics on input
// except the Must functions, which are for constants.
//
// # Error text
//
// Error messages are written for the person who gets them, wherever a
// program passes them on: no package prefix or Go function name (the types'
// fields keep those for programs), input quoted with control characters
// escaped and cut to about 80 bytes, positions as 1-based columns,
// enumerations written out ("expected one of hourly, daily, weekly,
// monthly, annual"), and the reason said once.
package salary
