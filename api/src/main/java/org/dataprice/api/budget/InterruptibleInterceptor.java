package org.dataprice.api.budget;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;

/** Runs an {@link Interruptible} method through {@link RequestBudget#compute}. */
@Singleton
@InterceptorBean(Interruptible.class)
public class InterruptibleInterceptor implements MethodInterceptor<Object, Object> {
    private final RequestBudget budget;

    /**
     * @param budget the budgets
     */
    public InterruptibleInterceptor(RequestBudget budget) {
        this.budget = budget;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        return budget.compute(context::proceed);
    }
}
