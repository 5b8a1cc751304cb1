/**
 * Demo mode (デモモード): realistic, fictional data and one user per role, loaded only with
 * the Spring profile {@code demo}.
 */
package jp.itaku.demo;
