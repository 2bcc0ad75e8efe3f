/** Bridges from producer types (games, profiles) to the certificate layer's own data types. */
package org.equicert.bridge;
