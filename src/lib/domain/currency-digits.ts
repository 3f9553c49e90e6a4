/**
 * How many minor-unit digits each currency's amounts are stored with, where it is not 2.
 *
 * Amounts are stored as whole minor units without their scale, so the scale must never change
 * under stored data. It is fixed here rather than read from the browser: browsers take it from
 * their ICU's CLDR data, which differs between browsers and moves between versions (Chromium 156
 * says RSD has 0 digits, Node 20's ICU 78 says 2), and a stored 1,500 dinars would then show as
 * 15. Frozen from Chromium 156 (CLDR 48), the data Rapport's amounts were entered with: every
 * three-letter code it formats with other than 2 digits, withdrawn ones included (ITL, ESP…),
 * since a stored amount may use any well-formed code.
 */
const DIGITS: Readonly<Record<string, 0 | 3 | 4>> = Object.freeze({
	ADP: 0,
	AFN: 0,
	ALL: 0,
	BHD: 3,
	BIF: 0,
	BYR: 0,
	CLF: 4,
	CLP: 0,
	COP: 0,
	DJF: 0,
	ESP: 0,
	GNF: 0,
	HUF: 0,
	IDR: 0,
	IQD: 0,
	IRR: 0,
	ISK: 0,
	ITL: 0,
	JOD: 3,
	JPY: 0,
	KMF: 0,
	KPW: 0,
	KRW: 0,
	KWD: 3,
	LAK: 0,
	LBP: 0,
	LUF: 0,
	LYD: 3,
	MGA: 0,
	MGF: 0,
	MMK: 0,
	MRO: 0,
	OMR: 3,
	PKR: 0,
	PYG: 0,
	RSD: 0,
	RWF: 0,
	SLL: 0,
	SOS: 0,
	STD: 0,
	SYP: 0,
	TMM: 0,
	TND: 3,
	TRL: 0,
	UGX: 0,
	UYI: 0,
	UYW: 4,
	VND: 0,
	VUV: 0,
	XAF: 0,
	XOF: 0,
	XPF: 0,
	YER: 0,
	ZMK: 0,
	ZWD: 0
});

/** Number of minor-unit digits for a currency: 2 unless the table above says otherwise. */
export function currencyDigits(currency: string): number {
	return (Object.hasOwn(DIGITS, currency) ? DIGITS[currency] : undefined) ?? 2;
}
