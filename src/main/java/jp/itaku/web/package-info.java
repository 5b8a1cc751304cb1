/**
 * The shell of the user interface: layout, home page, language selection.
 */
package jp.itaku.web;
