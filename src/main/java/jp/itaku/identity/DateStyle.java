package jp.itaku.identity;

/**
 * How a user wants dates shown: ISO ({@code 2024-04-01}) or 和暦 ({@code 令和6年4月1日}).
 */
public enum DateStyle {

	ISO, WAREKI

}
