package salary

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Parse reads a pay figure as people write it and returns it as a Range.
// It reads every form String writes, and these (one per line):
//
//	$150,000 - $250,000+        a range with an open top: "and up"
//	$118,942                    a single figure (statistic not stated)
//	just above U.S. $142,500    a figure stated as a lower bound: $142,500+
//	up to £80k                  a figure stated as an upper bound (UpTo)
//	US$142,500
//	$142.5k                     k = thousand, M = million
//	$50-60k                     a multiplier on the upper figure only: $50,000 - $60,000
//	$150K–$250K                 en and em dashes separate like "-"
//	£60,000 to £80,000
//	€70k-€90k per year
//	£60k pa                     pa, p.a., per annum, a year, /yr: per year
//	$68.50/hour                 /hr, per hour, an hour, ph, hourly: per hour
//	£400 per day                /day, pd, daily: per day
//	150000 USD
//	EUR 70,000
//	median $142,500 per year    a statistic names a single figure
//	£60k-£70k DOE               a note: Note returns "DOE"
//	£60,000-£80,000 + bonus     a note: Note returns "+ bonus"
//
// # Grammar
//
// Words match without regard to case; spaces (including no-break spaces) may
// separate any two tokens.
//
//	text      = [statistic] [bound] figure [sep figure] [period] [note] {attribute}
//	statistic = "average" | "mean" | "median" | "p10" | "p25" | "p50" | "p75" | "p90"
//	bound     = "above" | "just above" | "over" | "just over" | "more than" | "at least" |
//	            "up to" | "upto"
//	sep       = "-" | "–" | "—" | "to"
//	figure    = [currency] number [multiplier] ["+"] [code]
//	currency  = symbol | code
//	symbol    = "$" | "US$" | "U.S. $" | "£" | "€" | "C$" | "CA$" | "A$" | "AU$" |
//	            "NZ$" | "HK$" | "S$" | "MX$" | "R$" | "JP¥" | "CN¥" | "₹"
//	code      = three capital letters naming an ISO 4217 currency: "USD"
//	number    = digits ["." digits] | group {"," ddd} ["." digits]
//	multiplier= "k" | "K" | "m" | "M"
//	period    = ("/" | "per") (unit | abbrev) | ("a" | "an") unit | word | short
//	unit      = "hour" | "day" | "week" | "month" | "year"
//	abbrev    = "hr" | "h" | "wk" | "mo" | "yr" | "annum"
//	word      = "hourly" | "daily" | "weekly" | "monthly" | "annually" | "yearly" | "annual"
//	short     = ("pa" | "p.a" | "p/a" | "ph" | "p/h" | "pd" | "p/d" | "pw" | "p/w" | "pcm") ["."]
//	note      = [","] (notestart | "(" | "+") {any character but ";"}
//	notestart = "plus" | "with" | "including" | "incl" | "inc" | "excluding" | "excl" |
//	            "DOE" | "D.O.E." | "DOQ" | "depending" | "dependent" | "negotiable" |
//	            "neg" | "OTE" | "pro" | "bonus" | "benefits" | "commission" | "equity"
//	attribute = ";" ("region=" quoted | "year=" integer | "source=" quoted | "note=" quoted)
//
// where quoted is a Go double-quoted string and group is one to three digits
// not starting with 0. A multiplier or short period may follow the digits
// directly ("£60kpa", "£400pd").
//
// # Meaning
//
// A bare "$" is the US dollar (write C$, A$ or a code for other dollars); a
// bare "¥" is refused, as yen and yuan share it. A currency written on only
// one figure of a range applies to both; two different currencies are an
// error. Two figures make a RangeOfPay range, and the first may not be above
// the second. One figure makes a single figure whose statistic is the
// statistic word, or NoStatistic. "+" after the last figure, or a lower
// bound word ("above", "at least") before a single figure, marks it
// OpenEnded; "up to" before a single figure marks it UpTo: pay is at most
// the figure and the text states no minimum. Without a period word the
// period is Unspecified: Parse does not guess that pay is annual.
//
// A multiplier written on the upper figure of a range only is read the way
// people mean it: it applies to the lower figure too, provided the lower
// figure has no multiplier and no thousands comma, so "$50-60k" is $50,000 -
// $60,000 and "£1.5-2M" is £1,500,000 - £2,000,000. Where the multiplied
// lower figure would be above the upper one ("$500-60k": $500 - $60,000, or
// a typing slip for $50k?) the text is refused, as either reading would be
// a guess: write the multiplier on both figures or on neither. A lower
// figure with a thousands comma ("$50,000-60k") is read as written.
//
// Thousands written on the upper figure only are read the same way: a lower
// figure of one to three digits, with no comma, decimals or multiplier,
// before an upper figure ending in groups of ",000" takes as many
// thousands, so "£25-30,000" is £25,000 - £30,000 and "$1-2,000,000" is
// $1,000,000 - $2,000,000; read as written, such a range would span a factor
// of a thousand or more, which no pay range does. Where the lower figure so
// read would pass the upper one ("$500-1,000" a week) it is read as
// written. Any other range whose upper figure is a thousand times the lower
// or more ("$50-60,500", "$1.5-2,000") is refused as ambiguous. A range
// with its currency written on both figures ("$50 - $60,000", the form
// String writes) is read as written. These rules apply wherever this package reads
// two figures as a range (Parse and ParseBand).
//
// A note is what an advertisement says about pay that is not a figure:
// "DOE" (depending on experience), "+ bonus", "plus benefits", "negotiable",
// "(pro rata)". It starts with one of the words above, "+" or "(", comes
// after the figures and the period, runs to the end of the text or the first
// ";", and is kept as written in Range.Note; it changes no figure. A "+"
// straight after the last figure marks it open-ended ("$250k+", "$250k+ per
// year") unless a word other than a period or a currency code follows it:
// "£60k+bonus" and "£60k+ bonus" are £60,000 with the note "+bonus" or
// "+ bonus". Text that states no figure at all ("Competitive", "DOE" alone)
// is refused with ErrNoFigure.
//
// Commas separate thousands only, in groups of three; "." is the decimal
// point. A figure whose "." could be either is refused rather than guessed:
// "€5.000" (5 or 5,000?) and "$1.234" are errors, while "$1,234.500",
// "$0.500", "$1.5k" and "BHD 1.500" (the dinar has three decimal places) are
// read as decimals. A figure more precise than the currency's minor unit
// ("$1.005", "JPY 1.5") or negative is an error.
//
// # Errors
//
// Errors are *ParseError values that keep the input and the byte offset and
// say what was expected. They unwrap to ErrNoFigure (no figure at all),
// ErrSyntax (malformed or ambiguous), ErrRange (too large, too precise, or
// the low figure above the high one), ErrUnknownCurrency (no currency, or
// one that is not ISO 4217) or ErrCurrencyMismatch.
//
// Parse is a hand-written scanner: for the forms above it does not allocate
// (an error, or an escape in a quoted attribute, does).
func Parse(s string) (Range, error) {
	p := parser{in: s, fn: "Parse"}
	return p.parseRange()
}

// MustParse is like Parse but panics on bad input. It is meant for constants
// in programs and tests.
func MustParse(s string) Range {
	r, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return r
}

// ParseMoney reads one amount of money: every form Money.String and
// Money.Short write ("USD 150,000.00", "$150,000", "-$5", "BHD -1.500"),
// "0" for the zero Money, and any single figure of Parse's grammar without
// statistic, bound, "+", period or note ("$142.5k", "150000 USD"). A minus
// sign may come first or straight before the digits. Errors are as for
// Parse.
func ParseMoney(s string) (Money, error) {
	if s == "0" {
		return Money{}, nil
	}
	p := parser{in: s, fn: "ParseMoney"}
	f, err := p.figure(true)
	if err != nil {
		return Money{}, err
	}
	if f.plus {
		return Money{}, p.fail(f.plusPos, "a single amount of money, without \"+\"", ErrSyntax)
	}
	p.skipSpace()
	if p.i < len(p.in) {
		return Money{}, p.fail(p.i, "the end of the amount", ErrSyntax)
	}
	if !f.hasCur {
		return Money{}, p.fail(f.num.pos, noCurrency, ErrUnknownCurrency)
	}
	return p.money(f, f.cur)
}

// MustParseMoney is like ParseMoney but panics on bad input.
func MustParseMoney(s string) Money {
	m, err := ParseMoney(s)
	if err != nil {
		panic(err)
	}
	return m
}

const (
	noCurrency = "a currency: a symbol such as $, £ or € or a code such as USD"
	figureWant = "a figure such as 150,000, 68.50 or 142.5k"
	amountWant = "an amount such as $150,000, £60k-£70k or $25/hr"
)

type parser struct {
	in string
	i  int
	fn string
}

func (p *parser) fail(at int, want string, err error) error {
	return &ParseError{Func: p.fn, Input: p.in, Offset: at, Why: "expected " + want, Err: err}
}

func (p *parser) failWhy(at int, why string, err error) error {
	return &ParseError{Func: p.fn, Input: p.in, Offset: at, Why: why, Err: err}
}

// number is a scanned figure before its currency is known.
type number struct {
	pos      int    // offset of the first digit
	end      int    // offset after the last digit, before any multiplier
	mant     uint64 // all digits, ignoring separators
	overflow bool   // more digits than a uint64 holds
	whole    int    // digits before the point
	frac     int    // digits after the point
	lead0    bool   // the whole part starts with 0
	grouped  bool   // thousands commas were used
	mult     int    // 0, or 3 for k, 6 for M
	multPos  int    // offset of the multiplier letter, if mult > 0
}

type figure struct {
	cur     Currency
	hasCur  bool
	curPos  int
	neg     bool
	num     number
	plus    bool
	plusPos int
}

// The bounds a word before a single figure can set.
const (
	noBound = iota
	floor   // "above", "at least": the figure is a lower bound (OpenEnded)
	ceiling // "up to": the figure is an upper bound (UpTo)
)

func (p *parser) parseRange() (Range, error) {
	if !hasDigit(p.in) {
		return Range{}, p.noFigure()
	}
	p.skipSpace()
	var r Range
	statPos := p.i
	r.stat = p.statistic()
	bound := p.bound()
	lo, err := p.figure(false)
	if err != nil {
		return Range{}, err
	}
	hi := lo
	two := false
	p.skipSpace()
	sepPos := p.i
	if p.separator() {
		two = true
		if r.stat != NoStatistic {
			return Range{}, p.failWhy(statPos, "a "+r.stat.String()+" is a single figure, not a range", ErrSyntax)
		}
		switch bound {
		case floor:
			return Range{}, p.failWhy(sepPos, "a figure stated as a lower bound (\"above\") takes no second figure", ErrSyntax)
		case ceiling:
			return Range{}, p.failWhy(sepPos, "a figure stated as an upper bound (\"up to\") takes no second figure", ErrSyntax)
		}
		if lo.plus {
			return Range{}, p.failWhy(lo.plusPos, "\"+\" belongs after the upper figure of a range", ErrSyntax)
		}
		hi, err = p.figure(false)
		if err != nil {
			return Range{}, err
		}
	}
	if bound == ceiling && hi.plus {
		return Range{}, p.failWhy(hi.plusPos, "\"+\" (or more) contradicts \"up to\"", ErrSyntax)
	}
	if r.period, err = p.period(); err != nil {
		return Range{}, err
	}
	r.note = p.note()
	if err := p.attributes(&r); err != nil {
		return Range{}, err
	}
	p.skipSpace()
	if p.i < len(p.in) {
		want := "the end of the text"
		if r.note == "" {
			want = "a note such as \"DOE\" or \"+ bonus\", or " + want
			if r.period == Unspecified {
				want = "a period such as \"per year\" or \"/hr\", " + want
			}
		}
		if !two && r.stat == NoStatistic && bound == noBound && !lo.plus && r.period == Unspecified && r.note == "" {
			want = "\" - \" and a second figure, " + want
		}
		return Range{}, p.fail(p.i, want, ErrSyntax)
	}

	// The currency: one written on either figure applies to both.
	switch {
	case lo.hasCur && hi.hasCur && lo.cur != hi.cur:
		return Range{}, p.failWhy(hi.curPos, "the figures are in "+lo.cur.String()+" and "+hi.cur.String()+": a range is in one currency", ErrCurrencyMismatch)
	case lo.hasCur:
		r.cur = lo.cur
	case hi.hasCur:
		r.cur = hi.cur
	default:
		return Range{}, p.fail(lo.num.pos, noCurrency, ErrUnknownCurrency)
	}
	if two {
		r.stat = RangeOfPay
		lm, hm, err := p.pair(lo, hi, r.cur, "low figure", "high figure")
		if err != nil {
			return Range{}, err
		}
		r.min, r.max = lm.minor, hm.minor
	} else {
		m, err := p.money(lo, r.cur)
		if err != nil {
			return Range{}, err
		}
		r.min, r.max = m.minor, m.minor
	}
	r.open = bound == floor || hi.plus
	r.upTo = bound == ceiling
	return r, nil
}

// noFigure is the error for text with no digit in it: it states no pay
// figure at all.
func (p *parser) noFigure() error {
	q := parser{in: p.in}
	q.skipSpace()
	switch {
	case q.i == len(q.in):
		return p.failWhy(q.i, "the text is empty; expected "+amountWant, ErrNoFigure)
	case q.atNoteStart():
		return p.failWhy(q.i, "the text is only a note and states no pay figure; expected an amount with it, such as \"£60k-£70k DOE\"", ErrNoFigure)
	}
	return p.failWhy(q.i, "the text states no pay figure; expected "+amountWant, ErrNoFigure)
}

// pair converts the lower and upper figures of a range to money in c: the
// one rule, for Parse and ParseBand, by which a multiplier written on the
// upper figure only ("$50-60k") applies to the lower one. It applies when
// the lower figure has no multiplier and no thousands comma; if the lower
// figure multiplied would be above the upper one the text is refused as
// ambiguous. The lower figure may not be above the upper one. lowName and
// highName name the figures in messages.
func (p *parser) pair(lo, hi figure, c Currency, lowName, highName string) (Money, Money, error) {
	if k := p.zeroGroups(hi.num); k > 0 && !(lo.hasCur && hi.hasCur) && hi.num.mult == 0 && lo.num.mult == 0 && !lo.num.grouped && lo.num.frac == 0 && lo.num.whole <= 3 {
		// "£25-30,000": the thousands written on the upper figure only.
		hm, err := p.money(hi, c)
		if err != nil {
			return Money{}, Money{}, err
		}
		carried := lo
		carried.num.mult = 3 * k
		if u, st := scaleMinor(carried.num, c.Digits(), false); st == scaled && u <= uint64(hm.minor) {
			return Money{minor: int64(u), cur: c}, hm, nil
		}
		// Carried, the lower figure would pass the upper one ("$500-1,000"
		// a week): it is read as written.
	}
	if hi.num.mult == 0 || lo.num.mult != 0 || lo.num.grouped {
		lm, err := p.money(lo, c)
		if err != nil {
			return Money{}, Money{}, err
		}
		hm, err := p.money(hi, c)
		if err != nil {
			return Money{}, Money{}, err
		}
		if lm.minor > hm.minor {
			why := "the " + lowName + " " + lm.Short() + " is above the " + highName + " " + hm.Short()
			if lo.num.mult != 0 && hi.num.mult == 0 {
				why += "; a multiplier written on the lower figure only is not carried to the upper one: write it on both"
			}
			return Money{}, Money{}, p.failWhy(hi.num.pos, why, ErrRange)
		}
		if !(lo.hasCur && hi.hasCur) && lm.minor > 0 && hm.minor/lm.minor >= 1000 {
			why := "the " + lowName + " " + lm.Short() + " is a thousandth of the " + highName + " " + hm.Short() +
				" or less, which no pay range spans: thousands written on one figure only? write both figures in full"
			return Money{}, Money{}, p.failWhy(lo.num.pos, why, ErrSyntax)
		}
		return lm, hm, nil
	}
	hm, err := p.money(hi, c)
	if err != nil {
		return Money{}, Money{}, err
	}
	carried := lo
	carried.num.mult = hi.num.mult
	u, st := scaleMinor(carried.num, c.Digits(), false)
	if st == tooPrecise {
		return Money{}, Money{}, p.failWhy(lo.num.pos, "the figure has more decimal places than "+c.String()+", which has "+strconv.Itoa(c.Digits()), ErrRange)
	}
	if st == tooBig || u > uint64(hm.minor) {
		mult := p.in[hi.num.multPos : hi.num.multPos+1]
		why := "the " + strconv.Quote(mult) + " on the " + highName + " does not fit the " + lowName + " " +
			strconv.Quote(p.in[lo.num.pos:lo.num.end]) + ": "
		if st == tooBig {
			why += "multiplied it would be too large"
		} else {
			why += Money{minor: int64(u), cur: c}.Short() + " would be above " + hm.Short()
		}
		return Money{}, Money{}, p.failWhy(lo.num.pos, why+"; write the multiplier on both figures, or on neither", ErrSyntax)
	}
	return Money{minor: int64(u), cur: c}, hm, nil
}

// zeroGroups returns how many groups of "000" end a figure written with
// thousands commas and no decimals ("60,000": 1, "2,000,000": 2), else 0.
func (p *parser) zeroGroups(n number) int {
	if !n.grouped || n.frac != 0 || n.mult != 0 {
		return 0
	}
	digits := p.in[n.pos:n.end]
	k := 0
	for strings.HasSuffix(digits, ",000") {
		digits = digits[:len(digits)-4]
		k++
	}
	return k
}

// figure scans [currency] [-] number [multiplier] [+] [code]. A minus sign
// is read only if neg is allowed (for ParseMoney).
func (p *parser) figure(neg bool) (figure, error) {
	var f figure
	p.skipSpace()
	if neg && p.peek() == '-' {
		f.neg = true
		p.i++
	}
	f.curPos = p.i
	c, ok, err := p.prefixCurrency()
	if err != nil {
		return f, err
	}
	if ok {
		f.cur, f.hasCur = c, true
		p.skipSpace()
	}
	if neg && !f.neg && p.peek() == '-' {
		f.neg = true
		p.i++
	}
	if f.num, err = p.number(); err != nil {
		return f, err
	}
	if p.peek() == '+' && !p.plusStartsNote() {
		f.plus, f.plusPos = true, p.i
		p.i++
	}
	save := p.i
	p.skipSpace()
	codePos := p.i
	if c, ok, err := p.code(); err != nil {
		return f, err
	} else if ok {
		if f.hasCur && c != f.cur {
			return f, p.failWhy(codePos, "the figure is marked as both "+f.cur.String()+" and "+c.String(), ErrCurrencyMismatch)
		}
		f.cur, f.hasCur, f.curPos = c, true, codePos
	} else {
		p.i = save
	}
	return f, nil
}

// plusStartsNote reports whether the "+" at p.i, straight after a figure,
// begins a note ("£60k+bonus", "£60k+ bonus") rather than marking the
// figure open-ended ("$250k+", "$250k+ per year", "$250k+ USD"): it does
// when a word follows that is neither a period nor a currency code.
func (p *parser) plusStartsNote() bool {
	q := *p
	q.i++
	q.skipSpace()
	if !isLetter(q.peek()) {
		return false
	}
	at := q.i
	if per, err := q.period(); err != nil || per != Unspecified {
		return false
	}
	q.i = at
	if _, ok, err := q.code(); ok || err != nil {
		return false
	}
	return true
}

// symbols maps the currency symbols Parse reads, longest first where one is
// a prefix of another.
var symbols = [...]struct {
	sym  string
	code string
}{
	{"US$", "USD"}, {"CA$", "CAD"}, {"AU$", "AUD"}, {"NZ$", "NZD"}, {"HK$", "HKD"},
	{"MX$", "MXN"}, {"JP¥", "JPY"}, {"CN¥", "CNY"},
	{"C$", "CAD"}, {"A$", "AUD"}, {"S$", "SGD"}, {"R$", "BRL"},
	{"$", "USD"}, {"£", "GBP"}, {"€", "EUR"}, {"₹", "INR"},
}

var symbolCurrency = func() (cs [len(symbols)]Currency) {
	for i, s := range symbols {
		cs[i] = mustCurrency(s.code)
	}
	return cs
}()

// prefixCurrency scans a currency symbol or code written before a number.
func (p *parser) prefixCurrency() (Currency, bool, error) {
	rest := p.in[p.i:]
	if len(rest) == 0 {
		return Currency{}, false, nil
	}
	if hasPrefix(rest, "U.S.") {
		j := p.i + 4
		q := parser{in: p.in, i: j}
		q.skipSpace()
		if q.peek() != '$' {
			return Currency{}, false, p.fail(q.i, "\"$\" after \"U.S.\"", ErrSyntax)
		}
		p.i = q.i + 1
		return usd, true, nil
	}
	c0 := rest[0]
	if c0 == '$' || c0 >= 0x80 || (c0 >= 'A' && c0 <= 'Z') {
		for k, s := range symbols {
			if hasPrefix(rest, s.sym) {
				p.i += len(s.sym)
				return symbolCurrency[k], true, nil
			}
		}
	}
	if hasPrefix(rest, "¥") || hasPrefix(rest, "￥") {
		return Currency{}, false, p.failWhy(p.i, "\"¥\" is used for both the yen and the yuan: write JPY, CNY, JP¥ or CN¥", ErrUnknownCurrency)
	}
	return p.code()
}

// code scans a three-capital-letter ISO 4217 code that is not followed by a
// letter. "PER" is the start of a period and "DOE", "OTE" … the start of a
// note, not codes.
func (p *parser) code() (Currency, bool, error) {
	rest := p.in[p.i:]
	if len(rest) < 3 || !isUpper(rest[0]) || !isUpper(rest[1]) || !isUpper(rest[2]) ||
		(len(rest) > 3 && isLetter(rest[3])) || rest[:3] == "PER" || isNoteWord(rest[:3]) {
		return Currency{}, false, nil
	}
	c, err := lookupCode(rest[:3])
	if err != nil {
		return Currency{}, false, p.failWhy(p.i, strconv.Quote(rest[:3])+" is not an ISO 4217 currency code", ErrUnknownCurrency)
	}
	p.i += 3
	return c, true, nil
}

// number scans digits with optional thousands commas, decimal point and
// multiplier.
func (p *parser) number() (number, error) {
	n := number{pos: p.i}
	if !isDigit(p.peek()) {
		return n, p.fail(p.i, figureWant, ErrSyntax)
	}
	n.lead0 = p.in[p.i] == '0'
	first := p.digits(&n)
	n.whole = first
	for p.peek() == ',' && p.i+1 < len(p.in) && isDigit(p.in[p.i+1]) {
		comma := p.i
		p.i++
		g := p.digits(&n)
		if g != 3 {
			return n, p.failWhy(comma, "expected three digits after a thousands comma (a decimal comma is not read: write 1,234.50)", ErrSyntax)
		}
		n.grouped = true
		n.whole += 3
	}
	if n.grouped && (first > 3 || n.lead0) {
		return n, p.failWhy(n.pos, "expected one to three digits, not starting with 0, before the first thousands comma", ErrSyntax)
	}
	if p.peek() == '.' && p.i+1 < len(p.in) && isDigit(p.in[p.i+1]) {
		p.i++
		n.frac = p.digits(&n)
		if c := p.peek(); (c == '.' || c == ',') && p.i+1 < len(p.in) && isDigit(p.in[p.i+1]) {
			return n, p.failWhy(p.i, "expected one decimal point and no separator after it (dots as thousands separators are ambiguous: write 1,234,567.89)", ErrSyntax)
		}
	}
	n.end = p.i
	switch c := p.peek(); c {
	case 'k', 'K', 'm', 'M':
		// A multiplier ends the word, or is followed straight by a short
		// period: "£60kpa".
		if j := p.i + 1; j >= len(p.in) || !isLetter(p.in[j]) || isShortPeriod(letters(p.in[j:])) {
			n.mult, n.multPos = 3, p.i
			if c == 'm' || c == 'M' {
				n.mult = 6
			}
			p.i++
		}
	}
	return n, nil
}

// digits scans a run of ASCII digits into n.mant and returns its length.
func (p *parser) digits(n *number) int {
	start := p.i
	for p.i < len(p.in) && isDigit(p.in[p.i]) {
		d := uint64(p.in[p.i] - '0')
		if n.mant > (1<<64-1-d)/10 {
			n.overflow = true
		}
		n.mant = n.mant*10 + d
		p.i++
	}
	return p.i - start
}

var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// money converts a scanned figure to minor units of c.
func (p *parser) money(f figure, c Currency) (Money, error) {
	n := f.num
	d := c.Digits()
	if !n.grouped && n.mult == 0 && n.frac == 3 && n.whole <= 3 && !n.lead0 && d != 3 {
		w, f := p.in[n.pos:n.pos+n.whole], p.in[n.pos+n.whole+1:n.pos+n.whole+4]
		return Money{}, p.failWhy(n.pos, "ambiguous decimal separator: "+strconv.Quote(w+"."+f)+" could mean "+
			w+"."+f+" or "+w+","+f+"; write "+w+","+f+" for thousands", ErrSyntax)
	}
	u, st := scaleMinor(n, d, f.neg)
	switch st {
	case tooBig:
		return Money{}, p.failWhy(n.pos, "the figure is too large", ErrRange)
	case tooPrecise:
		return Money{}, p.failWhy(n.pos, "the figure has more decimal places than "+c.String()+", which has "+strconv.Itoa(d), ErrRange)
	}
	v, _ := signed(0, u, f.neg)
	return Money{minor: v, cur: c}, nil
}

// The outcomes of scaleMinor.
const (
	scaled = iota
	tooBig
	tooPrecise
)

// scaleMinor returns the magnitude of n in minor units of a currency with d
// decimal places, or why it has none: too large for an int64 (of the given
// sign) or more precise than the minor unit.
func scaleMinor(n number, d int, neg bool) (uint64, int) {
	if n.overflow {
		return 0, tooBig
	}
	limit := uint64(1<<63 - 1)
	if neg {
		limit = 1 << 63
	}
	e := d + n.mult - n.frac
	switch {
	case e >= 0:
		if e >= len(pow10) {
			if n.mant != 0 {
				return 0, tooBig
			}
			return 0, scaled
		}
		if n.mant > limit/pow10[e] {
			return 0, tooBig
		}
		return n.mant * pow10[e], scaled
	case -e < len(pow10) && n.mant%pow10[-e] == 0:
		u := n.mant / pow10[-e]
		if u > limit {
			return 0, tooBig
		}
		return u, scaled
	case n.mant == 0:
		return 0, scaled
	}
	return 0, tooPrecise
}

// statistic scans an optional statistic word.
func (p *parser) statistic() Statistic {
	w := p.word()
	var s Statistic
	switch {
	case eqFold(w, "average"), eqFold(w, "mean"):
		s = Average
	case eqFold(w, "median"):
		s = Median
	case len(w) == 1 && (w[0] == 'p' || w[0] == 'P') && p.i+3 <= len(p.in):
		// p10 … p90: the word stops at the digits.
		switch p.in[p.i+1 : p.i+3] {
		case "10":
			s = P10
		case "25":
			s = P25
		case "50":
			s = P50
		case "75":
			s = P75
		case "90":
			s = P90
		}
		if s != NoStatistic && p.i+3 < len(p.in) && (isLetter(p.in[p.i+3]) || isDigit(p.in[p.i+3])) {
			s = NoStatistic
		}
		if s != NoStatistic {
			p.i += 3
			p.skipSpace()
		}
		return s
	default:
		return NoStatistic
	}
	p.i += len(w)
	p.skipSpace()
	return s
}

// bound scans an optional lower bound ("above", "just above", "over", "just
// over", "more than", "at least": floor) or upper bound ("up to", "upto":
// ceiling) and returns which, or noBound.
func (p *parser) bound() int {
	save := p.i
	w := p.word()
	switch {
	case eqFold(w, "above"), eqFold(w, "over"):
		p.i += len(w)
		p.skipSpace()
		return floor
	case eqFold(w, "upto"):
		p.i += len(w)
		p.skipSpace()
		return ceiling
	case eqFold(w, "just"):
		p.i += len(w)
		p.skipSpace()
		if w2 := p.word(); eqFold(w2, "above") || eqFold(w2, "over") {
			p.i += len(w2)
			p.skipSpace()
			return floor
		}
	case eqFold(w, "more"), eqFold(w, "at"), eqFold(w, "up"):
		p.i += len(w)
		p.skipSpace()
		w2 := p.word()
		switch {
		case eqFold(w, "more") && eqFold(w2, "than"), eqFold(w, "at") && eqFold(w2, "least"):
			p.i += len(w2)
			p.skipSpace()
			return floor
		case eqFold(w, "up") && eqFold(w2, "to"):
			p.i += len(w2)
			p.skipSpace()
			return ceiling
		}
	}
	p.i = save
	return noBound
}

// separator scans "-", "–", "—" or "to" between two figures.
func (p *parser) separator() bool {
	rest := p.in[p.i:]
	switch {
	case hasPrefix(rest, "-"):
		p.i++
	case hasPrefix(rest, "–"), hasPrefix(rest, "—"):
		p.i += len("–")
	default:
		if w := p.word(); eqFold(w, "to") {
			p.i += 2
		} else {
			return false
		}
	}
	return true
}

// period scans an optional period phrase.
func (p *parser) period() (Period, error) {
	p.skipSpace()
	if p.i == len(p.in) {
		return Unspecified, nil
	}
	if p.peek() == '/' {
		p.i++
		p.skipSpace()
		return p.unit(true)
	}
	// p.a., p.a, p/a, p/h, p/d, p/w
	if rest := p.in[p.i:]; len(rest) >= 3 && (rest[0]|0x20) == 'p' && (rest[1] == '.' || rest[1] == '/') &&
		(len(rest) == 3 || !isLetter(rest[3])) {
		if per := shortPeriod(rest[2:3]); per != Unspecified {
			p.i += 3
			if p.peek() == '.' {
				p.i++
			}
			return per, nil
		}
	}
	w := p.word()
	switch {
	case eqFold(w, "per"), eqFold(w, "a"), eqFold(w, "an"):
		p.i += len(w)
		p.skipSpace()
		return p.unit(eqFold(w, "per"))
	case eqFold(w, "hourly"):
		p.i += len(w)
		return Hourly, nil
	case eqFold(w, "daily"):
		p.i += len(w)
		return Daily, nil
	case eqFold(w, "weekly"):
		p.i += len(w)
		return Weekly, nil
	case eqFold(w, "monthly"):
		p.i += len(w)
		return Monthly, nil
	case eqFold(w, "annually"), eqFold(w, "yearly"), eqFold(w, "annual"):
		p.i += len(w)
		return Annual, nil
	case isShortPeriod(w):
		p.i += len(w)
		if p.peek() == '.' {
			p.i++
		}
		return shortPeriod(w[1:]), nil
	}
	return Unspecified, nil
}

// isShortPeriod reports whether w is "pa", "ph", "pd", "pw" or "pcm", in any
// case.
func isShortPeriod(w string) bool {
	return len(w) >= 2 && (w[0]|0x20) == 'p' && shortPeriod(w[1:]) != Unspecified
}

// shortPeriod returns the period of the letters after the "p" of "pa",
// "ph", "pd", "pw" or "pcm" (or "p.a", "p/h" …), or Unspecified.
func shortPeriod(s string) Period {
	switch {
	case eqFold(s, "a"):
		return Annual
	case eqFold(s, "h"):
		return Hourly
	case eqFold(s, "d"):
		return Daily
	case eqFold(s, "w"):
		return Weekly
	case eqFold(s, "cm"):
		return Monthly
	}
	return Unspecified
}

// unit scans hour, day, week, month or year (and abbreviations).
func (p *parser) unit(abbrev bool) (Period, error) {
	w := p.word()
	var per Period
	switch {
	case eqFold(w, "hour"):
		per = Hourly
	case eqFold(w, "day"):
		per = Daily
	case eqFold(w, "week"):
		per = Weekly
	case eqFold(w, "month"):
		per = Monthly
	case eqFold(w, "year"):
		per = Annual
	case abbrev && (eqFold(w, "hr") || eqFold(w, "h")):
		per = Hourly
	case abbrev && eqFold(w, "wk"):
		per = Weekly
	case abbrev && eqFold(w, "mo"):
		per = Monthly
	case abbrev && (eqFold(w, "yr") || eqFold(w, "annum")):
		per = Annual
	default:
		return Unspecified, p.fail(p.i, "hour, day, week, month or year", ErrSyntax)
	}
	p.i += len(w)
	return per, nil
}

// noteWords are the words that start a note, besides "+" and "(".
var noteWords = [...]string{"plus", "with", "including", "incl", "inc", "excluding", "excl",
	"doe", "doq", "depending", "dependent", "negotiable", "neg", "ote", "pro",
	"bonus", "benefits", "commission", "equity"}

// isNoteWord reports whether w is one of noteWords, in any case.
func isNoteWord(w string) bool {
	for _, n := range noteWords {
		if eqFold(w, n) {
			return true
		}
	}
	return false
}

// atNoteStart reports whether a note starts at p.i: "+", "(", "D.O.E." or
// one of noteWords.
func (p *parser) atNoteStart() bool {
	switch c := p.peek(); {
	case c == '+' || c == '(':
		return true
	case !isLetter(c):
		return false
	}
	if rest := p.in[p.i:]; len(rest) >= 5 && eqFold(rest[:5], "d.o.e") {
		return true
	}
	return isNoteWord(p.word())
}

// note scans an optional note: an optional comma, then from a note start
// to the end of the text or the first ";". It returns the note without the
// comma and the spaces around it, or "".
func (p *parser) note() string {
	save := p.i
	p.skipSpace()
	if p.peek() == ',' {
		p.i++
		p.skipSpace()
	}
	if !p.atNoteStart() {
		p.i = save
		return ""
	}
	start := p.i
	for p.i < len(p.in) && p.in[p.i] != ';' {
		p.i++
	}
	return trimSpaceRight(p.in[start:p.i])
}

// attributes scans "; region=…", "; year=…", "; source=…" and "; note=…". A
// note= attribute is refused when r already has a note.
func (p *parser) attributes(r *Range) error {
	var seen [4]bool
	seen[3] = r.note != ""
	for {
		p.skipSpace()
		if p.peek() != ';' {
			return nil
		}
		p.i++
		p.skipSpace()
		keyPos := p.i
		key := p.word()
		k := -1
		switch key {
		case "region":
			k = 0
		case "year":
			k = 1
		case "source":
			k = 2
		case "note":
			k = 3
		}
		if k < 0 {
			return p.fail(keyPos, "region=, year=, source= or note= after \";\"", ErrSyntax)
		}
		if seen[k] {
			return p.failWhy(keyPos, key+" is given twice", ErrSyntax)
		}
		seen[k] = true
		p.i += len(key)
		if p.peek() != '=' {
			return p.fail(p.i, "\"=\" after "+key, ErrSyntax)
		}
		p.i++
		valPos := p.i
		if k == 1 {
			j := p.i
			if j < len(p.in) && p.in[j] == '-' {
				j++
			}
			for j < len(p.in) && isDigit(p.in[j]) {
				j++
			}
			y, err := strconv.Atoi(p.in[p.i:j])
			if err != nil {
				return p.fail(valPos, "a year such as 2024", ErrSyntax)
			}
			r.year = y
			p.i = j
			continue
		}
		q, err := strconv.QuotedPrefix(p.in[p.i:])
		if err != nil || q[0] != '"' {
			return p.fail(valPos, "a double-quoted string after "+key+"=", ErrSyntax)
		}
		v, err := strconv.Unquote(q)
		if err != nil {
			return p.fail(valPos, "a double-quoted string after "+key+"=", ErrSyntax)
		}
		switch k {
		case 0:
			r.region = v
		case 2:
			r.source = v
		default:
			r.note = v
		}
		p.i += len(q)
	}
}

func (p *parser) peek() byte {
	if p.i < len(p.in) {
		return p.in[p.i]
	}
	return 0
}

// word returns the run of ASCII letters at the current position without
// consuming it.
func (p *parser) word() string { return letters(p.in[p.i:]) }

// letters returns the run of ASCII letters that s starts with.
func letters(s string) string {
	j := 0
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	return s[:j]
}

// hasDigit reports whether s has an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// trimSpaceRight returns s without the spaces skipSpace skips at its end.
func trimSpaceRight(s string) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			s = s[:len(s)-1]
		case c >= 0x80:
			r, size := utf8.DecodeLastRuneInString(s)
			if r != '\u00a0' && r != '\u202f' && r != '\u2009' {
				return s
			}
			s = s[:len(s)-size]
		default:
			return s
		}
	}
	return s
}

// skipSpace skips ASCII spaces and tabs, no-break spaces (U+00A0, U+202F)
// and thin spaces (U+2009).
func (p *parser) skipSpace() {
	for p.i < len(p.in) {
		switch c := p.in[p.i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			p.i++
		case c == 0xC2 || c == 0xE2:
			r, size := utf8.DecodeRuneInString(p.in[p.i:])
			if r != '\u00a0' && r != '\u202f' && r != '\u2009' {
				return
			}
			p.i += size
		default:
			return
		}
	}
}

func hasPrefix(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// eqFold reports whether the ASCII word w equals the lower-case word lower,
// ignoring case.
func eqFold(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isLetter(c) {
			c |= 0x20
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
