package io.medallion.adapters.spark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * A port whose Spark-backed implementation is made on the port's first call: binding it, as every
 * run does, then starts no Spark session, and a run with nothing new never calls it.
 */
final class OnFirstUse {

  private OnFirstUse() {}

  static <T> T of(Class<T> port, Supplier<? extends T> make) {
    Object[] made = new Object[1];
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                  case "equals" -> proxy == args[0];
                  case "hashCode" -> System.identityHashCode(proxy);
                  default -> port.getSimpleName() + " made on first use";
                };
              }
              Object target;
              synchronized (made) {
                if (made[0] == null) {
                  made[0] = make.get();
                }
                target = made[0];
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
