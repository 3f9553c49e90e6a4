import { amountMessage, readAmount } from '../money';

/** A money filter's boxes: the amount, and the second one of "between". */
export type AmountBox = 'a' | 'b';

const BOX_NAMES: Record<AmountBox, string> = { a: 'The amount', b: 'The second amount' };

/**
 * Why a money filter whose boxes hold text is not applied: the first box whose text is not
 * an amount, with what the forms say under such an amount. Null when every box with text
 * reads (an empty box is "not filled in", said elsewhere).
 */
export function unreadAmount(
	texts: Partial<Record<AmountBox, string>>,
	currency: string
): { box: AmountBox; message: string } | null {
	for (const box of ['a', 'b'] as const) {
		const text = texts[box] ?? '';
		if (text.trim() === '') continue;
		const read = readAmount(text, currency);
		if (read.ok) continue;
		const why = amountMessage(read.problem, currency, '50');
		return { box, message: `Not applied: ${BOX_NAMES[box].toLowerCase()} cannot be read. ${why}` };
	}
	return null;
}
