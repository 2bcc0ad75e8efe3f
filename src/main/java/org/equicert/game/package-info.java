/** Finite normal-form games with exact payoffs, mixed profiles, expected utility and generators. */
package org.equicert.game;
