// Package bls reads two public data sets of the U.S. Bureau of Labor
// Statistics and attaches them to a catalog's roles: what an occupation
// pays in the United States (Occupational Employment and Wage Statistics,
// OEWS) and how its employment is projected to change (Employment
// Projections, EP).
//
// # Files
//
// LoadWages reads the OEWS national file (national_M2024_dl.xlsx as BLS
// publishes it, or its data sheet as CSV) into Wages: one Estimate per row,
// with the occupation's code, title, SOC level (O_GROUP), employment, and
// the mean and 10th, 25th, 50th, 75th and 90th percentile wages per hour
// and per year. LoadProjections reads the EP occupation table (table 1.2 of
// occupation.xlsx, or that table as CSV) into Projections: one Projection
// per row, with employment in the base and target year, its change,
// annual openings, median wage and the typical education, experience and
// training. Both read the workbook or the CSV text, told apart by content;
// ReadWages and ReadProjections read from an io.Reader. Columns are found
// by header name, ignoring case, so column order and later columns may
// change between releases.
//
// # Special values
//
// BLS marks cells that hold no plain figure; they are data, not errors. In
// OEWS, "#" is a wage at or above the top of the survey's range ($115.00
// an hour, $239,200 a year in May 2024, as the field descriptions state),
// "*" no wage estimate, "**" no employment estimate, "~" an occupation
// fewer than 0.5% of establishments report; the ANNUAL and HOURLY flags
// say that only annual or only hourly wages are published. A Wage keeps
// the figure, the Mark, or both (a top-coded wage is its top figure and
// TopCoded: an open-ended figure). In EP, "—" is no value (Thousands and
// Percent report false) and ">=$239,200" a top-coded median wage. EP
// titles are indented by hierarchy; Projection.Depth keeps the level.
//
// # Units
//
// Wages are exact money (salary.Money, U.S. dollars in cents). EP's
// employment, change and openings are in thousands as published
// (Thousands: 55.6 is 55,600; Count gives the whole number) and its
// percentages are Percent values. OEWS employment is a whole count.
//
// # Attaching to a catalog
//
// Attach gives each role whose O*NET-SOC code belongs to a detailed BLS
// occupation its wage percentiles as role.Salary entries and its
// projection as a role.Outlook, each citing a BLS source (WagesSource,
// ProjectionsSource). It works on catalogs imported by package onet, on
// rolemodel.Merge of a hand-made and an imported catalog, and on any
// catalog whose roles carry O*NET-SOC codes. ReportUnmatched tells a
// program which coded roles got nothing, with a Reason for each file;
// WithCodes maps codes to the BLS codes whose figures they should get.
//
// # Codes and taxonomy versions
//
// Attach matches a code by its digits, so the code must be of the
// taxonomy the files use: OEWS May 2024 and Employment Projections
// 2024-34 use SOC 2018, and O*NET-SOC 2019 (O*NET 25.1 and later) builds
// on it, so a 2019 code's first seven characters are its SOC 2018
// occupation, and the broad occupation fallback (13-1021 → 13-1020)
// stays within SOC 2018. Attach cannot tell a code of another version,
// and the same digits may name another occupation there: O*NET-SOC 2010's
// 17-2199.04 Manufacturing Engineers is 17-2112.03 in 2019, and SOC 2018's
// 17-2199 is "Engineers, All Other", whose wages such a code would get.
// Translate older codes (O*NET publishes its 2010 to 2019 crosswalk)
// before attaching; esco.Join gives an ESCO occupation only codes its
// O*NET catalog has, for this reason.
//
// # Occupations BLS combines
//
// BLS publishes some groups of O*NET occupations only under one combined
// code, which neither file links to the occupations it combines, so
// Attach gives these 14 civilian O*NET 29.3 occupations no wages and no
// outlook: 21-1011.00 and 21-1014.00 (published as 21-1018, "Substance
// Abuse, Behavioral Disorder, and Mental Health Counselors"), 25-2055.00
// and 25-2056.00 (25-2052), 25-9042.00, 25-9043.00 and 25-9049.00
// (25-9045), 51-2022.00 and 51-2023.00 (51-2028), 53-1042.00, 53-1042.01,
// 53-1043.00, 53-1044.00 and 53-1049.00 (53-1047). The package embeds no
// mapping, as neither file states one; a program that accepts the
// combination's figures for each of its occupations gives its own mapping
// with WithCodes ({"21-1011": "21-1018", ...}), and the entries' notes say
// the mapping chose the row. The other O*NET 29.3 occupations without
// figures are the military (SOC 55, which neither file covers) and, for
// wages only, 45-3031 Fishing and Hunting Workers, which OEWS does not
// survey and EP projects.
//
// # Errors and limits
//
// A file that is not what it should be gives a *rolemodel.ValidationError
// listing every problem (the first hundred): file (and, for a workbook,
// sheet), line or row, column number and header name, what was found
// (quoted, cut to 60 bytes) and what was expected. Kinds are the root
// package's: rolemodel.ErrSyntax, ErrEmpty, ErrInvalidValue, ErrDuplicate,
// ErrTooLarge, and ErrUnreadable for a path that is missing or not a
// regular file (a named pipe is refused without being opened). Files
// larger than DefaultMaxFileSize (or the MaxFileSize option) are refused
// before they are read whole, and a workbook may not unzip to more than 16
// times that. A CSV row with more fields than the header is refused while
// it is read (internal/table), so its memory is bounded by the file's.
//
// # Licence
//
// BLS data are in the public domain; BLS asks for the credit "U.S. Bureau
// of Labor Statistics" (Credit), which every source Attach adds carries.
package bls
