import { Directive, Field, InputType, ObjectType } from "type-graphql";
import { errors } from "@plateau/kernel";

/**
 * Money as the graph shows and takes it: an exact decimal amount (a string, never a float) in an ISO 4217
 * currency. One definition, shared by the subgraphs that keep budgets (portfolio's projects, workpackages'
 * packages), so the types compose.
 */

@Directive("@shareable")
@ObjectType({ description: "A budget: an exact decimal amount in an ISO 4217 currency." })
export class Budget {
  @Field(() => String, { description: 'Decimal as a string with the currency\'s decimal places, e.g. "125000.00" (EUR), "5000" (JPY).' })
  amount!: string;
  @Field(() => String, { description: "ISO 4217 code." }) currency!: string;
}

@InputType({ description: "A budget: an exact decimal amount in an ISO 4217 currency." })
export class BudgetInput {
  @Field(() => String, { description: 'Non-negative decimal as a string, e.g. "125000.50"; at most the currency\'s decimal places.' })
  amount!: string;
  @Field(() => String, { description: "ISO 4217 code, e.g. EUR." }) currency!: string;
}

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
const AMOUNT = /^(\d{1,14})(?:\.(\d+))?$/;

/** Digits after the decimal point in amounts of an ISO 4217 currency (EUR 2, JPY 0, BHD 3). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** A budget as the database keeps it: an exact decimal amount and its currency. */
export interface StoredBudget {
  budgetAmount: string | null;
  budgetCurrency: string | null;
}

/**
 * Checks a budget from an input: a non-negative decimal amount (a string, so nothing is rounded) with at
 * most as many decimals as the currency has, and an ISO 4217 currency code. Null clears the budget.
 */
export function parseBudget(input: { amount: string; currency: string } | null, field: string): StoredBudget {
  if (input === null) return { budgetAmount: null, budgetCurrency: null };
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency) || !CURRENCIES.has(currency)) {
    throw errors.invalidField(`${field}.currency`, `"${input.currency}" is not an ISO 4217 currency code`);
  }
  const match = AMOUNT.exec(input.amount.trim());
  if (!match) throw errors.invalidField(`${field}.amount`, `"${input.amount}" is not a non-negative decimal amount like 125000.50`);
  const digits = minorDigits(currency);
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > digits) {
    throw errors.invalidField(`${field}.amount`, `${currency} amounts have at most ${digits} decimal places`);
  }
  return { budgetAmount: `${BigInt(match[1]!)}${fraction ? `.${fraction}` : ""}`, budgetCurrency: currency };
}

/** The stored amount written with the currency's decimals ("125000.00" for EUR, "5000" for JPY). */
export function formatAmount(amount: string, currency: string): string {
  const [whole, fraction = ""] = amount.split(".");
  const digits = minorDigits(currency);
  return digits === 0 ? whole! : `${whole}.${fraction.padEnd(digits, "0").slice(0, digits)}`;
}

/** The GraphQL view of a stored amount and currency; null when there is none. */
export function budgetOf(amount: string | null, currency: string | null): Budget | null {
  return amount === null || currency === null ? null : Object.assign(new Budget(), { amount: formatAmount(amount, currency), currency });
}
